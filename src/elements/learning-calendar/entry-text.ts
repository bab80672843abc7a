/**
 * Feed text per entry (title, its language, place), resolved once per entry rather than on every render:
 * a focus move re-renders the month, and resolving a language map is far dearer than a WeakMap lookup.
 * Entries are dropped with the data they belong to, so the cache never outlives them.
 */
import type { CalendarEntry } from '../../core/calendar/index.js';
import type { FeedModel, LocalizedText } from '../../core/model.js';
import { resolveText, resolveTextLanguage } from '../../core/text.js';
import type { EntryText } from './view-context.js';

/**
 * resolveText, with a shortcut for the common case of a name written in one language only: whatever the
 * reader's language, that one entry is the text (resolveText's last fallback), so no chain is walked.
 */
function resolveName(text: LocalizedText, locales: readonly string[]): string {
  const keys = Object.keys(text);
  if (keys.length === 1) {
    const only = text[keys[0]!];
    return typeof only === 'string' ? only : '';
  }
  return resolveText(text, locales);
}

export class EntryTextCache {
  private key = '';
  private model: FeedModel | undefined;
  private texts = new WeakMap<CalendarEntry, EntryText>();

  /** `textOf` for readers of `locales`; `online` names where an online opportunity without a venue is. */
  textOf(model: FeedModel | undefined, locales: readonly string[], online: string): (entry: CalendarEntry) => EntryText {
    const key = `${locales.join(',')}|${online}`;
    if (key !== this.key || model !== this.model) {
      this.key = key;
      this.model = model;
      this.texts = new WeakMap();
    }
    const texts = this.texts;
    return (entry) => {
      let text = texts.get(entry);
      if (!text) {
        const name = entry.occurrence.name ?? entry.opportunity.name;
        const placeName = entry.opportunity.placeKey ? model?.places.get(entry.opportunity.placeKey)?.name : undefined;
        text = {
          title: resolveName(name, locales),
          titleLang: resolveTextLanguage(name, locales),
          place: placeName ? resolveText(placeName, locales) : entry.opportunity.attendanceMode === 'online' ? online : '',
        };
        texts.set(entry, text);
      }
      return text;
    };
  }
}

/**
 * Orders entries starting together by title in the reader's language, then by id. Sorting a busy month
 * compares the same titles thousands of times: each language map is resolved once per tag.
 */
export function titleOrder(tag: string, locales: readonly string[]): (a: CalendarEntry, b: CalendarEntry) => number {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(tag);
  } catch {
    collator = new Intl.Collator(); // a malformed lang="" must not break the calendar
  }
  const titles = new WeakMap<LocalizedText, string>();
  const title = (entry: CalendarEntry): string => {
    const name = entry.occurrence.name ?? entry.opportunity.name;
    let resolved = titles.get(name);
    if (resolved === undefined) {
      resolved = resolveName(name, locales);
      titles.set(name, resolved);
    }
    return resolved;
  };
  return (a, b) => collator.compare(title(a), title(b)) || collator.compare(a.id, b.id);
}
