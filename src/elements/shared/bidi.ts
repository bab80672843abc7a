/**
 * Feed text (titles, names, addresses) may run in another direction than the interface around it: an
 * English title on an Arabic page, an Arabic organizer on an English one. Unisolated, its direction
 * leaks into the neighbouring dates, numbers and punctuation, which then show in the wrong order. Each
 * run of feed text goes in its own <bdi>, which takes the direction of its own first strong letter and
 * leaves the words around it alone.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** One run of feed text, isolated; `lang` where the feed says which language it is in. */
export function isolated(text: string, lang?: string): TemplateResult {
  return html`<bdi lang=${lang ?? nothing}>${text}</bdi>`;
}

/** Never in a message: marks where a message puts its value. */
const SLOT = '\u{E000}';

/**
 * A UI message with feed text inside it ("By {provider}", "Map of {place}"), with only the feed text
 * isolated: the message's own words keep the interface's direction. A message that does not place its
 * value where expected is shown whole, as text, rather than losing the value.
 */
export function messageWithIsolated(message: (value: string) => string, text: string, lang?: string): TemplateResult | string {
  const parts = message(SLOT).split(SLOT);
  if (parts.length !== 2) return message(text);
  return html`${parts[0]}${isolated(text, lang)}${parts[1]}`;
}
