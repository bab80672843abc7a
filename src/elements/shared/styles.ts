/**
 * The theme layer every element shares. Pages set the public `--learning-*` tokens (docs/theming.md);
 * each element resolves them once into private `--_*` variables with a fallback for light and for dark.
 *
 * Dark scheme: `theme="dark"|"light"` on an element (or on `<learning-feed>`) sets `--_scheme-*`, which
 * inherit into every element inside it, nested shadow roots included; without a theme, each element
 * follows `prefers-color-scheme`. A token the page sets always wins over both.
 */
import { css } from 'lit';

/**
 * An explicit `theme` attribute: the palette it names, as `--_scheme-*` variables that inherit into
 * every element inside (so `<learning-feed theme="dark">` darkens all its widgets).
 */
export const schemeStyles = css`
  :host([theme='light']) {
    --_scheme-name: light;
    --_scheme-background: transparent;
    --_scheme-text: #1b1f24;
    --_scheme-muted: #4d5560;
    --_scheme-surface: #ffffff;
    --_scheme-accent: #1d4e89;
    --_scheme-on-accent: #ffffff;
    --_scheme-border: #c8ced6;
    --_scheme-danger: #a4161a;
    --_scheme-focus: #b35c00;
    --_scheme-warning-surface: #fff1c2;
    --_scheme-warning-text: #5c3b00;
  }
  :host([theme='dark']) {
    --_scheme-name: dark;
    --_scheme-background: #0e161f;
    --_scheme-text: #f1f4f8;
    --_scheme-muted: #b9c2cc;
    --_scheme-surface: #14202e;
    --_scheme-accent: #9cc3f5;
    --_scheme-on-accent: #0b1320;
    --_scheme-border: #4a525c;
    --_scheme-danger: #ff8a80;
    --_scheme-focus: #f5a623;
    --_scheme-warning-surface: #4a3500;
    --_scheme-warning-text: #ffe7a3;
  }
`;

export const themeStyles = css`
  ${schemeStyles}
  :host {
    /* A feed can hold a 10 000-letter "word" or URL: break it anywhere rather than widen the widget
       past its column (unlike break-word, anywhere also lets grid and flex items shrink to fit). */
    overflow-wrap: anywhere;
    font-family: var(--learning-font-family, inherit);
    font-size: var(--learning-font-size, inherit);
    color-scheme: var(--_scheme-name, light);
    color: var(--_text);
    --_text: var(--learning-text, var(--_scheme-text, #1b1f24));
    --_muted: var(--learning-muted, var(--_scheme-muted, #4d5560));
    --_surface: var(--learning-surface, var(--_scheme-surface, #ffffff));
    --_accent: var(--learning-accent, var(--_scheme-accent, #1d4e89));
    --_on-accent: var(--learning-on-accent, var(--_scheme-on-accent, #ffffff));
    --_border: var(--learning-border, var(--_scheme-border, #c8ced6));
    --_danger: var(--learning-danger, var(--_scheme-danger, #a4161a));
    --_focus: var(--learning-focus, var(--_scheme-focus, #b35c00));
    --_warning-bg: var(--learning-warning-surface, var(--_scheme-warning-surface, #fff1c2));
    --_warning-text: var(--learning-warning-text, var(--_scheme-warning-text, #5c3b00));
    --_radius: var(--learning-radius, 0.5rem);
    --_gap: var(--learning-gap, 0.5rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: var(--_scheme-name, dark);
      --_text: var(--learning-text, var(--_scheme-text, #f1f4f8));
      --_muted: var(--learning-muted, var(--_scheme-muted, #b9c2cc));
      --_surface: var(--learning-surface, var(--_scheme-surface, #14202e));
      --_accent: var(--learning-accent, var(--_scheme-accent, #9cc3f5));
      --_on-accent: var(--learning-on-accent, var(--_scheme-on-accent, #0b1320));
      --_border: var(--learning-border, var(--_scheme-border, #4a525c));
      --_danger: var(--learning-danger, var(--_scheme-danger, #ff8a80));
      --_focus: var(--learning-focus, var(--_scheme-focus, #f5a623));
      --_warning-bg: var(--learning-warning-surface, var(--_scheme-warning-surface, #4a3500));
      --_warning-text: var(--learning-warning-text, var(--_scheme-warning-text, #ffe7a3));
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_on-accent: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
      --_danger: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * The page-like background of the widgets that fill an area (finder, calendar, map): transparent on a
 * light scheme, so the widget sits on the page; painted on a dark one, so light text never lands on a
 * light page that does not follow the reader's scheme.
 */
export const hostBackground = css`
  :host {
    background-color: var(--learning-background, var(--_scheme-background, transparent));
  }
  @media (prefers-color-scheme: dark) {
    :host {
      background-color: var(--learning-background, var(--_scheme-background, #0e161f));
    }
  }
`;

export const baseStyles = css`
  ${themeStyles}
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
    color: var(--_on-accent);
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
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

/** The box of a state message (empty, error), without the loading skeleton. */
export const stateBoxStyles = css`
  .state {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .state.error {
    border-style: solid;
    border-color: var(--_danger);
    color: var(--_text);
  }
`;

export const stateStyles = css`
  ${stateBoxStyles}
  .skeleton {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton span {
    display: block;
    block-size: 0.9em;
    border-radius: 0.25em;
    background: var(--learning-skeleton, color-mix(in srgb, currentColor 12%, transparent));
    animation: learning-pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(1) {
    inline-size: 60%;
  }
  .skeleton span:nth-child(2) {
    inline-size: 85%;
  }
  .skeleton span:nth-child(3) {
    inline-size: 40%;
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
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
