import { css } from 'lit';

/**
 * The badge's look. Sizes scale from `--learning-lighthouse-size` (the badge's font size); colours come
 * from the shared tokens (light or dark by `theme` or the reader's scheme, see shared/styles.ts), each
 * with a `--learning-lighthouse-*` override. Properties and parts are listed on LearningLighthouse.
 */
export const lighthouseStyles = css`
  :host {
    display: block;
    font-size: var(--learning-lighthouse-size, var(--learning-font-size, 1rem));
    --_lh-bg: var(--learning-lighthouse-background, var(--_surface));
    --_lh-text: var(--learning-lighthouse-text, var(--_text));
    --_lh-accent: var(--learning-lighthouse-accent, var(--_accent));
    --_lh-muted: var(--learning-lighthouse-muted, var(--_muted));
    --_lh-light: var(--learning-lighthouse-light, #f2b705);
    --_lh-border: var(--learning-lighthouse-border, var(--_lh-accent));
  }
  :host([variant='compact']) {
    display: inline-block;
  }
  .badge {
    display: grid;
    /* A fixed column for the mark; minmax(0, …) lets the text column shrink below its longest word, so
       long names wrap inside the box. */
    grid-template-columns: var(--learning-lighthouse-mark-size, 3.5em) minmax(0, 1fr);
    gap: 0.25em 0.75em;
    overflow-wrap: anywhere;
    align-items: start;
    padding: var(--learning-lighthouse-padding, 0.75em 1em);
    border: 2px solid var(--_lh-border);
    border-radius: var(--learning-lighthouse-radius, 0.9em);
    background: var(--_lh-bg);
    color: var(--_lh-text);
    max-inline-size: var(--learning-lighthouse-max-width, 28em);
  }
  /* All the lines share the cell beside the mark, so a long full badge never flows under it. */
  .text {
    display: grid;
    row-gap: 0.25em;
    min-inline-size: 0;
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
    padding-block: 0.15em;
    padding-inline: 0.3em 0.75em;
    border-radius: 999px;
    max-inline-size: 100%;
  }
  .mark {
    inline-size: var(--learning-lighthouse-mark-size, 3.5em);
    block-size: var(--learning-lighthouse-mark-size, 3.5em);
  }
  .badge.compact .mark {
    inline-size: 1.6em;
    block-size: 1.6em;
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
