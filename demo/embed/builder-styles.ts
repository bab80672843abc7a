// The builder's look: a plain tool in the page's font. Colours follow the page's `--learning-*` tokens
// when it sets them (Storybook's theme frame does), else light or dark with the page's color-scheme.
import { css } from 'lit';

export const builderStyles = css`
  :host {
    --_text: var(--learning-text, light-dark(#1b1d21, #e9ebef));
    --_muted: var(--learning-muted, light-dark(#4c5260, #b6bcc8));
    --_panel: var(--learning-surface, light-dark(#ffffff, #1c1f25));
    --_line: var(--learning-border, light-dark(#cfd4dc, #3a404b));
    --_accent: var(--learning-accent, light-dark(#0a58ca, #86b7fe));
    --_on-accent: var(--learning-on-accent, light-dark(#ffffff, #0b1320));
    --_focus: var(--learning-focus, #f5a623);
    --_ok: light-dark(#146c2e, #7ad49a);
    --_warn: light-dark(#8a4b00, #ffc266);
    --_bad: var(--learning-danger, light-dark(#b3261e, #ff8f87));
    display: block;
    container-type: inline-size;
    color: var(--_text);
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 26rem) minmax(0, 1fr);
    gap: 1.5rem;
    align-items: start;
  }
  @container (max-width: 50rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 0.75rem;
  }
  #preview-heading {
    margin-top: 1.5rem;
  }
  fieldset {
    background: var(--_panel);
    border: 1px solid var(--_line);
    border-radius: 0.5rem;
    padding: 0.75rem 1rem 1rem;
    margin: 0 0 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    margin-block: 0.6rem;
  }
  .field-check {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    margin-block: 0.35rem;
  }
  label {
    font-weight: 600;
  }
  .field-check label {
    font-weight: 400;
  }
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_line);
    border-radius: 0.35rem;
    background: var(--_panel);
    color: inherit;
    width: 100%;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  p.hint {
    margin: 0;
  }
  button {
    font: inherit;
    padding: 0.45rem 0.9rem;
    border-radius: 0.35rem;
    border: 1px solid var(--_accent);
    background: var(--_panel);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  :is(button, input, select, summary, a, pre):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .feed-check {
    margin-top: 0.75rem;
    font-size: 0.92rem;
    overflow-wrap: anywhere;
  }
  .feed-check p {
    margin: 0.35rem 0;
  }
  .check-ok,
  .check-warn,
  .check-failed {
    font-weight: 600;
  }
  .check-ok {
    color: var(--_ok);
  }
  .check-warn {
    color: var(--_warn);
  }
  .check-failed {
    color: var(--_bad);
  }
  .problems {
    padding-inline-start: 1.25rem;
    max-height: 16rem;
    overflow: auto;
  }
  .problems li {
    margin-block: 0.3rem;
  }
  .advanced summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .snippet {
    margin: 0;
    padding: 1rem;
    border-radius: 0.5rem;
    background: #16181d;
    color: #e8eaed;
    font: 0.85rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .copy-status {
    color: var(--_ok);
  }
  .preview {
    background: var(--_panel);
    border: 1px dashed var(--_line);
    border-radius: 0.5rem;
    padding: 1rem;
    min-height: 10rem;
  }
  .preview learning-map {
    --learning-map-height: 340px;
  }
  .preview learning-feed > * + * {
    display: block;
    margin-top: 1.25rem;
  }
`;
