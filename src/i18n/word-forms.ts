/**
 * Helpers the UI words of every locale share: plural forms and ordinal words. Kept in one small
 * module because the English words (static) and every lazily loaded locale import it; DOM-free, so
 * core's schedule words use it too.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** One Intl.PluralRules per language, made on first use: counts are named by the dozen, and making one is slow. */
export function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) rulesByLanguage.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}

/** The form for a plural category already known, with the formatted number in place of {n}. */
export function pluralForm(category: Intl.LDMLPluralRule, formatted: string, forms: PluralForms): string {
  return (forms[category] ?? forms.other).replace('{n}', formatted);
}

/** Picks the plural form for `count` in `language` and puts the formatted number in place of {n}. */
export function plural(language: string, count: number, formatted: string, forms: PluralForms): string {
  return pluralForm(pluralRules(language).select(count), formatted, forms);
}

/** An ordinal word from a list ending in "last": 1…5 count from the start, negatives read as "last". */
export function ordinalWord(list: readonly string[], ordinal: number): string {
  return ordinal > 0 ? list[Math.min(ordinal, list.length - 1) - 1]! : list[list.length - 1]!;
}
