/**
 * The map's own look, on top of Leaflet's stylesheet (leaflet-styles.ts). Every colour and size is a
 * `--learning-*` custom property with a fallback (listed on LearningMap); markers keep their colours in
 * dark mode (they sit on a light map) and fall back to system colours in forced-colours mode.
 */
import { css } from 'lit';
import { hostBackground } from '../shared/styles.js';

export const mapStyles = css`
  ${hostBackground}
  :host {
    display: block;
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: flex-start;
  }
  .main {
    flex: 3 1 20rem;
    min-inline-size: 0;
    position: relative;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block-end: var(--_gap);
  }
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    padding: 0;
    border: 0;
  }
  .notice,
  .message {
    margin: 0 0 var(--_gap);
  }
  .notice {
    padding: 0.4em 0.8em;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning-text);
  }
  .map {
    block-size: var(--learning-map-height, 26rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Tiles and panes reach past the box while the view moves: clip them to it, and keep their
       repaints inside it (paint containment) instead of invalidating the page around the map. */
    overflow: hidden;
    contain: paint;
  }
  .leaflet-container {
    /* The plain background the points stay on when tiles cannot load: never Leaflet's grey box. */
    background: var(--learning-map-background, #f3f1ea);
    font: inherit;
  }
  .leaflet-control-attribution a {
    /* Leaflet shows links by colour alone; an underline tells them apart without relying on colour. */
    text-decoration: underline;
  }
  .learning-marker-icon {
    background: none;
    border: none;
  }
  .learning-marker,
  .learning-cluster {
    pointer-events: auto;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    padding: 0;
    justify-content: center;
    border-radius: 50%;
    border: 2px solid var(--learning-map-marker-border, #ffffff);
    background: var(--learning-map-marker, #1d4e89);
    color: var(--learning-map-marker-text, #ffffff);
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
  }
  .learning-marker {
    border-radius: 50% 50% 50% 0;
  }
  .learning-cluster {
    background: var(--learning-map-cluster, #0b5e43);
    box-shadow: 0 0 0 5px color-mix(in srgb, var(--learning-map-cluster, #0b5e43) 30%, transparent);
  }
  .learning-marker:focus-visible,
  .learning-cluster:focus-visible,
  .leaflet-container:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .learning-here {
    display: block;
    width: 100%;
    height: 100%;
    box-sizing: border-box;
    border-radius: 50%;
    border: 3px solid var(--learning-map-marker-border, #ffffff);
    background: var(--learning-map-here, #1a73e8);
    box-shadow: 0 0 0 2px var(--learning-map-here, #1a73e8);
  }
  .learning-walk-ring {
    stroke: var(--learning-map-ring, #b35c00);
    stroke-width: 2;
    stroke-dasharray: 6 4;
    fill: var(--learning-map-ring, #b35c00);
    fill-opacity: 0.08;
  }
  .leaflet-popup-content {
    margin: 0.75rem 1rem;
    font-size: 0.95em;
  }
  .popup {
    display: grid;
    gap: calc(var(--_gap) / 2);
    position: relative;
  }
  .popup-heading {
    padding-inline-end: 2rem;
  }
  .popup-close {
    position: absolute;
    inset-block-start: -0.25rem;
    inset-inline-end: -0.5rem;
    padding: 0.1em 0.45em;
    border-color: transparent;
    font-size: 1.25em;
    line-height: 1;
  }
  .popup-heading {
    font-weight: 700;
    font-size: 1.1em;
  }
  .popup p {
    margin: 0;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  /* Thousands of places: block flow, not a grid (a grid lays every row out again when a slice is
     added), and rows off screen are neither styled, laid out nor painted until scrolled near. */
  .place-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .place-list > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 2.75rem;
  }
  .place-list > li + li {
    margin-top: calc(var(--_gap) / 2);
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  details[open] {
    display: grid;
    gap: var(--_gap);
  }
  summary {
    cursor: pointer;
    font-weight: 700;
  }
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .unmapped {
    flex: 1 1 14rem;
    display: grid;
    gap: var(--_gap);
  }
  .legend {
    margin: var(--_gap) 0 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-fade-anim .leaflet-popup,
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .learning-marker,
    .learning-cluster {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
      forced-color-adjust: none;
    }
  }
`;
