/**
 * Picking one language out of a language map (docs/feed-spec.md#multilingual-text).
 *
 * Fallback chain, for each locale the reader asked for, in order:
 *   1. the exact tag ("zh-Hant-TW"), compared case-insensitively;
 *   2. the tag with subtags dropped from the end ("zh-Hant", then "zh");
 *   3. any entry with the same language subtag ("pt-PT" asked, "pt-BR" present);
 * then, once every asked-for locale has been tried:
 *   4. English ("en", then any "en-*");
 *   5. the first entry the feed wrote.
 * The feed's own language belongs at the end of `locales` (plain strings are stored under it), which
 * is what `localeChain(uiLocale, feedLanguage)` returns. A reader never sees an empty label while
 * the feed has text in some language.
 */
import type { LocalizedText } from './model.js';

/** "zh-Hant-TW" → ["zh-Hant-TW", "zh-Hant", "zh"]. Empty for an empty tag. */
export function truncationChain(tag: string): string[] {
  const parts = tag.trim().split(/[-_]/).filter(Boolean);
  const chain: string[] = [];
  for (let length = parts.length; length > 0; length--) chain.push(parts.slice(0, length).join('-'));
  return chain;
}

/**
 * The locales to try for a reader of `lang`: its truncation chain, then each fallback's chain
 * (typically the feed's language), then English. Duplicates removed, order kept.
 */
export function localeChain(lang: string, ...fallbacks: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  const chain: string[] = [];
  for (const tag of [lang, ...fallbacks, 'en']) {
    if (!tag) continue;
    for (const entry of truncationChain(tag)) {
      const lower = entry.toLowerCase();
      if (!seen.has(lower)) {
        seen.add(lower);
        chain.push(entry);
      }
    }
  }
  return chain;
}

function primarySubtag(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** The text of the first matching entry, or undefined. Entries with empty text never match. */
function lookUp(entries: Array<[string, string]>, locale: string): string | undefined {
  for (const candidate of truncationChain(locale)) {
    const lower = candidate.toLowerCase();
    const exact = entries.find(([tag]) => tag.toLowerCase() === lower);
    if (exact) return exact[1];
  }
  const language = primarySubtag(locale);
  return entries.find(([tag]) => primarySubtag(tag) === language)?.[1];
}

/**
 * The best text in `text` for a reader of `locales` (most preferred first). Returns "" only when
 * the map is missing or has no non-empty entry.
 */
export function resolveText(text: LocalizedText | undefined, locales: readonly string[]): string {
  if (!text) return '';
  // One language, as in most feeds: its text is the answer whatever was asked (step 5 at worst),
  // found without the chain walk, which costs about a microsecond (a 100k feed's names: ~80 ms).
  const tags = Object.keys(text);
  if (tags.length === 1) {
    const only = text[tags[0]!];
    return typeof only === 'string' ? only : '';
  }
  const entries = Object.entries(text).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  if (entries.length === 0) return '';
  for (const locale of locales) {
    if (!locale) continue;
    const found = lookUp(entries, locale);
    if (found !== undefined) return found;
  }
  return lookUp(entries, 'en') ?? entries[0]![1];
}

/** The tag of the entry `resolveText` would pick, so callers can set `lang`/`dir` on the element showing it. */
export function resolveTextLanguage(text: LocalizedText | undefined, locales: readonly string[]): string | undefined {
  if (!text) return undefined;
  const chosen = resolveText(text, locales);
  if (chosen === '') return undefined;
  const tags = Object.keys(text).filter((tag) => text[tag] === chosen);
  if (tags.length <= 1) return tags[0];
  // Several languages share the same text ("Zumba"): prefer the one the reader asked for.
  for (const locale of [...locales, 'en']) {
    const language = primarySubtag(locale);
    const match = tags.find((tag) => primarySubtag(tag) === language);
    if (match) return match;
  }
  return tags[0];
}
