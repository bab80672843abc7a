/**
 * The describe API for callers with every locale at hand (Node, the CLI, the npm core entry): the
 * words default to core's own table for the tag's UI language. Browser elements call the `…With`
 * forms with the words they loaded, so this table of every locale stays out of their bundles.
 */
import { pickUiLocale } from '../../i18n/locales.js';
import type { Opportunity, ScheduleSpec } from '../model.js';
import { scheduleWords, type ScheduleWords } from './schedule-messages.js';
import { describeScheduleWith } from './schedule.js';
import { describeTimingWith } from './timing.js';

/** One schedule as a sentence: "Every other Thursday, 10:00–10:20". */
export function describeSchedule(spec: ScheduleSpec, locale: string, words: ScheduleWords = scheduleWords[pickUiLocale(locale)]): string {
  return describeScheduleWith(spec, locale, words);
}

/** An opportunity's schedules, or its one-off dates and times, in words; "" when it has no usable timing. */
export function describeTiming(opportunity: Pick<Opportunity, 'timing'>, locale: string, words: ScheduleWords = scheduleWords[pickUiLocale(locale)]): string {
  return describeTimingWith(opportunity, locale, words);
}
