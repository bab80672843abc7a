/**
 * A feed description as safe text: one <p> per paragraph, http(s) URLs as real links. Every run
 * goes through a Lit text binding and every href is a checked http(s) URL, so nothing in a
 * description can become markup, script or a javascript: link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { paragraphsWithLinks } from '../../core/describe/index.js';

export function descriptionTemplate(text: string, language?: string): TemplateResult | typeof nothing {
  const paragraphs = paragraphsWithLinks(text);
  if (paragraphs.length === 0) return nothing;
  // dir="auto" per paragraph: a description in another script than the page (Arabic text on an
  // English page) takes its own direction from its first strong character.
  return html`<div class="description" part="description" lang=${language ?? nothing}>
    ${paragraphs.map(
      (runs) =>
        html`<p dir="auto">${runs.map((run) =>
          run.kind === 'link' && run.href
            ? html`<a href=${run.href} rel="noopener noreferrer" target="_blank">${run.text}</a>`
            : run.text,
        )}</p>`,
    )}
  </div>`;
}
