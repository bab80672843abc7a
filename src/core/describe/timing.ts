/**
 * When an opportunity happens, in words: its schedules ("Every Tuesday, 20:15–20:45") or, for a
 * one-off, its dates and times ("Sat, 5 Dec 2026, 14:00–16:00"). Wall-clock digits of the feed's
 * zone are shown as written; the zone is the feed's, not the reader's machine's.
 */
import type { Opportunity } from '../model.js';
import type { ScheduleWords } from './schedule-messages.js';
import { describeScheduleWith } from './schedule.js';
import { DATE_OPTIONS, TIME_OPTIONS, isDateOnly, wallClockFormat, wallClockMs } from './wall-clock.js';

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS, ...TIME_OPTIONS };

/** "" when the opportunity has no usable timing at all. `words`: the schedule words of `locale`. */
export function describeTimingWith(opportunity: Pick<Opportunity, 'timing'>, locale: string, words: ScheduleWords): string {
  const { timing } = opportunity;
  if (timing.schedules.length > 0) return timing.schedules.map((schedule) => describeScheduleWith(schedule, locale, words)).join('; ');
  if (!timing.start) return '';
  return describeSpan(timing.start, timing.end, locale);
}

/** A start and optional end, both local wall-clock texts: "Sat, 5 Dec 2026, 14:00–16:00". */
export function describeSpan(start: string, end: string | undefined, locale: string): string {
  const startMs = wallClockMs(start);
  if (startMs === undefined) return '';
  const allDay = isDateOnly(start);
  const format = wallClockFormat(locale, allDay ? DATE_OPTIONS : DATE_TIME_OPTIONS);
  const endMs = end === undefined ? undefined : wallClockMs(end);
  if (endMs === undefined || endMs <= startMs) return format.format(startMs);
  return format.formatRange(startMs, endMs);
}
