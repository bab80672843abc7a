/**
 * The shared parts' look. Every colour and size is a `--learning-*` custom property with a fallback,
 * the font is the host page's, and the parts follow the reader's colour scheme and forced colours.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    font: inherit;
    color: var(--learning-text, CanvasText);
    --_accent: var(--learning-accent, #1d4e89);
    --_muted: var(--learning-muted, #4d5560);
    --_surface: var(--learning-surface, Canvas);
    --_border: var(--learning-border, #c8ced6);
    --_radius: var(--learning-radius, 0.5rem);
    --_gap: var(--learning-gap, 0.5rem);
    --_warning-bg: var(--learning-warning-surface, #fff1c2);
    --_warning-text: var(--learning-warning-text, #5c3b00);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--learning-accent, #8cb8f0);
      --_muted: var(--learning-muted, #b5bcc6);
      --_border: var(--learning-border, #4a525c);
      --_warning-bg: var(--learning-warning-surface, #4a3500);
      --_warning-text: var(--learning-warning-text, #ffe7a3);
    }
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_accent);
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.4em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--learning-on-accent, #fff);
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--learning-focus, #f5a623);
    outline-offset: 2px;
  }
  .status {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning-text);
    font-weight: 700;
  }
  .muted {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .status,
    button,
    .button {
      border: 1px solid CanvasText;
    }
  }
`;

export const stateStyles = css`
  .state {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .state.error {
    border-style: solid;
  }
  .skeleton {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton span {
    display: block;
    height: 0.9em;
    border-radius: 0.25em;
    background: var(--learning-skeleton, color-mix(in srgb, currentColor 12%, transparent));
    animation: learning-pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(1) {
    width: 60%;
  }
  .skeleton span:nth-child(2) {
    width: 85%;
  }
  .skeleton span:nth-child(3) {
    width: 40%;
  }
  @keyframes learning-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
