import { css } from 'lit';
import { baseStyles, hostBackground, stateStyles, visuallyHidden } from '../shared/styles.js';

/** Element width (CSS px) below which the filters fold into a disclosure and sit above the results. */
export const NARROW_WIDTH = 640;

/** The finder's look; its custom properties and parts are listed on LearningFinder (learning-finder.ts).
 * The result list and the cards have one column as wide as they are (`minmax(0, 1fr)`): an implicit
 * auto column would first be sized from every card's min- and max-content widths, on every keystroke.
 */
export const finderStyles = [
  baseStyles,
  hostBackground,
  stateStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
      container-type: inline-size;
      container-name: learning-finder;
    }
    :host([hidden]) {
      display: none;
    }
    *:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    h2 {
      font-size: 1.15em;
      margin: 0;
    }
    .search {
      display: grid;
      gap: 0.25rem;
      margin-block-end: 1rem;
    }
    .search label {
      font-weight: 700;
    }
    .search input {
      font: inherit;
      padding: 0.5em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      max-inline-size: 100%;
      box-sizing: border-box;
    }
    .hint {
      margin: 0;
      font-size: 0.9em;
    }
    .layout {
      display: grid;
      gap: 1rem;
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
    }
    @container learning-finder (min-width: ${NARROW_WIDTH}px) {
      .layout {
        grid-template-columns: var(--learning-finder-sidebar-width, 17rem) minmax(0, 1fr);
      }
    }
    details.filters > summary {
      cursor: pointer;
      font-weight: 700;
      padding: 0.4em 0;
    }
    .filters-body {
      display: grid;
      gap: 0.75rem;
    }
    fieldset.facet {
      margin: 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25em;
    }
    .option {
      display: flex;
      gap: 0.4em;
      align-items: baseline;
      padding: 0.15em 0;
    }
    .option .count {
      flex: none;
      color: var(--_muted);
      margin-inline-start: auto;
      /* "(12)" never breaks across lines, even when a long place name squeezes the row. */
      white-space: nowrap;
    }
    .date-range,
    .near-place,
    .radius {
      display: grid;
      gap: 0.25rem;
      margin-block-start: 0.5rem;
    }
    .inline {
      display: flex;
      gap: 0.25rem;
      /* Lets the grid column shrink below the input's natural width; the input shrinks, the button stays whole. */
      min-inline-size: 0;
    }
    .inline input {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    .inline button {
      flex: none;
      overflow-wrap: normal;
    }
    input,
    select {
      font: inherit;
    }
    button.link {
      border: none;
      padding: 0.2em 0;
      text-decoration: underline;
      background: none;
    }
    .problem {
      color: var(--_danger);
      margin: 0.4em 0;
    }
    .results-header {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: baseline;
      margin-block-end: 0.5rem;
    }
    .results-header .count {
      margin: 0;
      flex: 1 1 auto;
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_gap);
    }
    :host([layout='grid']) .results {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--learning-finder-card-min-width, 16rem)), 1fr));
    }
    .page-button {
      margin-block: 0.75rem;
    }
    .ways-out {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      justify-content: center;
    }
    dialog.detail {
      inline-size: min(48rem, calc(100vw - 2rem));
      max-block-size: calc(100vh - 2rem);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      padding: 1rem;
      box-sizing: border-box;
    }
    dialog.detail::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    .detail-bar {
      margin-block-end: 0.75rem;
    }
    [dir='rtl'] .arrow {
      display: inline-block;
      transform: scaleX(-1);
    }
    @media (forced-colors: active) {
      fieldset.facet,
      .search input,
      dialog.detail {
        border-color: CanvasText;
      }
      *:focus-visible {
        outline-color: Highlight;
      }
      .option .count {
        color: CanvasText;
      }
    }
  `,
];
