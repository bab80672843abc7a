/**
 * Intl formatters shared by locale and options. Making one costs far more than formatting with it
 * (~0.1–0.5 ms each), and a finder re-rendering on every keystroke formats the same few kinds of
 * number (counts, prices, distances) again and again. Bounded, since locales come from pages.
 */
const PLAIN: Intl.NumberFormatOptions = {};
/** Locale → options object (compared by identity: callers pass constants) → formatter. */
const numberFormats = new Map<string, Map<Intl.NumberFormatOptions, Intl.NumberFormat>>();
const currencyFormats = new Map<string, Intl.NumberFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();

function remember<K, V>(cache: Map<K, V>, key: K, make: () => V, limit: number): V {
  let value = cache.get(key);
  if (value === undefined) {
    // Made before it is stored: a bad locale or currency throws here, as the constructor does.
    value = make();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** `new Intl.NumberFormat(locale, options)`, made once per locale and options object (pass a constant). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = PLAIN): Intl.NumberFormat {
  const byOptions = remember(numberFormats, locale, () => new Map<Intl.NumberFormatOptions, Intl.NumberFormat>(), 64);
  return remember(byOptions, options, () => new Intl.NumberFormat(locale, options), 32);
}

/** A currency amount's formatter, made once per locale and currency code. */
export function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  return remember(currencyFormats, `${locale}\u0000${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency }), 256);
}

/** `new Intl.DisplayNames([locale], { type: 'language' })`, made once per locale. */
export function languageNames(locale: string): Intl.DisplayNames {
  return remember(displayNames, locale, () => new Intl.DisplayNames([locale], { type: 'language' }), 64);
}
