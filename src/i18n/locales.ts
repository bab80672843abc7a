/**
 * The UI languages the elements ship with. Feed text has its own languages (language maps) and is
 * resolved with `resolveText` in core; this list is only for our own strings (buttons, labels).
 * Adding a locale: docs/i18n.md.
 */
export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'de', 'ko', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

/** The language subtag of a BCP 47 tag, lower-cased ("pt-BR" → "pt"). */
export function languageOf(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The best supported UI locale for a BCP 47 tag; English when none fits. */
export function pickUiLocale(tag: string | undefined): SupportedLocale {
  const language = languageOf(tag ?? '');
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}

export function isRightToLeft(tag: string): boolean {
  return RTL_LANGUAGES.has(languageOf(tag));
}

/**
 * A table of strings for every supported locale, all shipped together: for the few tables that need
 * every locale at once (core's, for Node; topic labels, for search). The elements' UI words are
 * loaded per locale instead (catalog.ts, translations.ts). Typing it as a full Record means a
 * missing translation is a compile error, not English leaking into an Arabic page.
 */
export type MessageTable<T> = Readonly<Record<SupportedLocale, T>>;
