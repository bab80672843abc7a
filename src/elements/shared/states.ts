/**
 * Loading, empty and error states with one look across every widget. Plain templates (not elements)
 * so each widget renders them in its own shadow root with `stateStyles` and its own words.
 */
import { html, type TemplateResult } from 'lit';

/** A pulsing skeleton; the words are read by screen readers and hidden from sight. */
export function loadingState(label: string): TemplateResult {
  return html`<div class="state loading" part="state loading" role="status" aria-live="polite">
    <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
    <span class="visually-hidden">${label}</span>
  </div>`;
}

export function emptyState(message: string): TemplateResult {
  return html`<div class="state empty" part="state empty" role="status">${message}</div>`;
}

/** The visitor's message only; the technical reason belongs in the console and the widget's error event. */
export function errorState(message: string): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">${message}</div>`;
}

/**
 * Something the widget needs could not load and is being tried again; the button tries at once. The
 * message is an alert of its own so the button is not read out as part of it.
 */
export function retryState(message: string, retryLabel: string, retry: () => void): TemplateResult {
  return html`<div class="state error" part="state error">
    <p role="alert">${message}</p>
    <button type="button" @click=${retry}>${retryLabel}</button>
  </div>`;
}
