/**
 * Which locales' words are in, and loading the others. English is static (each element's own
 * messages.ts); any other locale is fetched once per page with a dynamic import the first time an
 * element needs it (LocaleController starts it). Until it arrives, and for good if it fails, `for()`
 * answers in English; elements hold their render back meanwhile, so readers do not see English flash.
 */
import { pickUiLocale, type SupportedLocale } from './locales.js';
import type { TranslationSection, Translations } from './translations.js';

type OtherLocale = Exclude<SupportedLocale, 'en'>;

// Literal specifiers, one per locale, so the bundler makes exactly one chunk per locale.
const loaders: Record<OtherLocale, () => Promise<{ default: Translations }>> = {
  fr: () => import('./translations/fr.js'),
  es: () => import('./translations/es.js'),
  de: () => import('./translations/de.js'),
  ko: () => import('./translations/ko.js'),
  ar: () => import('./translations/ar.js'),
};

const loaded = new Map<OtherLocale, Translations>();
/** Locales whose import failed: they speak English from then on, after one warning. */
const failed = new Set<OtherLocale>();
const pending = new Map<OtherLocale, Promise<void>>();

/** True once `for()` gives this locale's final words: English, loaded, or given up on (English). */
export function isLocaleSettled(locale: SupportedLocale): boolean {
  return locale === 'en' || loaded.has(locale) || failed.has(locale);
}

/** Loads a locale's words (once per page); never rejects — a failure leaves English in place. */
export function loadLocale(locale: SupportedLocale): Promise<void> {
  if (isLocaleSettled(locale)) return Promise.resolve();
  const other = locale as OtherLocale;
  let promise = pending.get(other);
  if (!promise) {
    promise = loaders[other]().then(
      (module) => {
        loaded.set(other, module.default);
      },
      (error: unknown) => {
        failed.add(other);
        console.warn(`learning-city-widgets: the "${other}" UI words could not be loaded; showing English.`, error);
      },
    );
    pending.set(other, promise);
  }
  return promise;
}

/** One section of UI words: English built in, other locales from the loaded translations. */
export interface Messages<K extends TranslationSection> {
  readonly section: K;
  readonly en: Translations[K];
  /** The words for a BCP 47 tag ("fr-CA" → French); English until that locale is loaded. */
  for(tag: string | undefined): Translations[K];
}

export function defineMessages<K extends TranslationSection>(section: K, en: Translations[K]): Messages<K> {
  return {
    section,
    en,
    for(tag) {
      const locale = pickUiLocale(tag);
      return locale === 'en' ? en : (loaded.get(locale)?.[section] ?? en);
    },
  };
}
