import { css } from 'lit';

/**
 * The badge's look. Sizes scale from `--learning-lighthouse-size` (the badge's font size); colours
 * follow `theme` (light, dark, or auto = the reader's colour scheme).
 */
export const lighthouseStyles = css`
  :host {
    display: block;
    font-size: var(--learning-lighthouse-size, 1rem);
    --_lh-bg: var(--learning-lighthouse-background, #ffffff);
    --_lh-text: var(--learning-lighthouse-text, #1b1b1b);
    --_lh-accent: var(--learning-lighthouse-accent, #1d4e89);
    --_lh-muted: var(--learning-lighthouse-muted, #4d5560);
    --_lh-light: var(--learning-lighthouse-light, #f2b705);
    --_lh-border: var(--learning-lighthouse-border, #1d4e89);
  }
  :host([variant='compact']) {
    display: inline-block;
  }
  :host([theme='dark']) {
    --_lh-bg: var(--learning-lighthouse-background, #14202e);
    --_lh-text: var(--learning-lighthouse-text, #f1f4f8);
    --_lh-accent: var(--learning-lighthouse-accent, #9cc3f5);
    --_lh-muted: var(--learning-lighthouse-muted, #b9c2cc);
    --_lh-border: var(--learning-lighthouse-border, #9cc3f5);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_lh-bg: var(--learning-lighthouse-background, #14202e);
      --_lh-text: var(--learning-lighthouse-text, #f1f4f8);
      --_lh-accent: var(--learning-lighthouse-accent, #9cc3f5);
      --_lh-muted: var(--learning-lighthouse-muted, #b9c2cc);
      --_lh-border: var(--learning-lighthouse-border, #9cc3f5);
    }
  }
  .badge {
    display: grid;
    /* minmax(0, …) lets the text column shrink below its longest word, so long names wrap inside the box. */
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25em 0.75em;
    overflow-wrap: anywhere;
    align-items: start;
    padding: var(--learning-lighthouse-padding, 0.75em 1em);
    border: 2px solid var(--_lh-border);
    border-radius: var(--learning-lighthouse-radius, 0.9em);
    background: var(--_lh-bg);
    color: var(--_lh-text);
    max-width: var(--learning-lighthouse-max-width, 28em);
  }
  .badge.neutral {
    grid-template-columns: minmax(0, 1fr);
    border-color: var(--learning-lighthouse-neutral-border, #8a8a8a);
    border-style: dashed;
  }
  .compact .badge,
  .badge.compact {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.75em 0.15em 0.3em;
    border-radius: 999px;
    max-width: 100%;
  }
  .mark {
    width: var(--learning-lighthouse-mark-size, 3.5em);
    height: var(--learning-lighthouse-mark-size, 3.5em);
    grid-row: span 6;
  }
  .badge.compact .mark {
    width: 1.6em;
    height: 1.6em;
  }
  .beam {
    fill: var(--_lh-light);
    opacity: 0.55;
  }
  .lantern {
    fill: var(--_lh-light);
  }
  .tower {
    fill: var(--_lh-accent);
  }
  .stripe {
    fill: var(--_lh-bg);
  }
  .rock {
    fill: var(--_lh-muted);
  }
  .title {
    font-weight: 700;
    color: var(--_lh-accent);
  }
  .name {
    font-size: 1.1em;
    font-weight: 700;
  }
  .line {
    margin: 0;
  }
  .muted {
    color: var(--_lh-muted);
  }
  a {
    color: var(--_lh-accent);
  }
  button {
    border-color: var(--_lh-accent);
    color: var(--_lh-accent);
    background: var(--_lh-bg);
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .beam,
    .lantern,
    .tower,
    .rock {
      fill: CanvasText;
    }
    .stripe {
      fill: Canvas;
    }
  }
`;
