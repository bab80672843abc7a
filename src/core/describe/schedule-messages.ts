/**
 * The words of schedules: their shape here, each locale's in words/<locale>.ts. Weekday names, dates, times and lists come
 * from Intl; only the sentence shapes and ordinals are here. Every function receives text that is
 * already formatted for the locale and returns a phrase; schedule.ts capitalises the first letter.
 */
import type { MessageTable } from '../../i18n/locales.js';
import { scheduleWordsAr } from './words/ar.js';
import { scheduleWordsDe } from './words/de.js';
import { scheduleWordsEn } from './words/en.js';
import { scheduleWordsEs } from './words/es.js';
import { scheduleWordsFr } from './words/fr.js';
import { scheduleWordsKo } from './words/ko.js';

export interface ScheduleWords {
  everyDay: string;
  /** "Every 3 days"; `n` is formatted, `category` is its plural category. */
  everyNDays(n: string, category: Intl.LDMLPluralRule): string;
  /** "Every Tuesday and Thursday": `days` is the formatted list, `count` how many days it names. */
  everyWeek(days: string, count: number): string;
  everyOtherWeek(days: string, count: number): string;
  everyNWeeks(n: string, days: string): string;
  /** "second Monday", "last Friday"; ordinal is 1…5 or -1 (other negatives read as "last"). */
  ordinalWeekday(ordinal: number, weekday: string): string;
  /** Wraps a list of ordinal weekdays or month days with the month interval (1 = every month). */
  monthly(items: string, interval: string | undefined): string;
  /** "day 15"; -1 "the last day". */
  dayOfMonth(day: number, formatted: string): string;
  /** "Every year on 5 December". */
  everyYear(date: string): string;
  /** "On 3 dates". */
  onNDates(n: string, category: Intl.LDMLPluralRule): string;
  onDates(dates: string): string;
  /** A rule we can expand but not put into words. */
  repeats: string;
  withTime(pattern: string, time: string): string;
  until(pattern: string, date: string): string;
  times(pattern: string, n: string, category: Intl.LDMLPluralRule): string;
}

/**
 * Every locale's schedule words, for callers that have them all at hand (Node, the CLI, the npm core
 * entry). The elements do not import this: they pass the words of their locale (English built in,
 * others from the lazily loaded src/i18n/translations/<locale>.ts, which reuse core's words/<locale>.ts).
 */
export const scheduleWords: MessageTable<ScheduleWords> = {
  en: scheduleWordsEn, fr: scheduleWordsFr, es: scheduleWordsEs, de: scheduleWordsDe, ko: scheduleWordsKo, ar: scheduleWordsAr,
};
