/**
 * Schedules in words: "Every other Thursday, 10:00–10:20", "On the second Monday of every month,
 * 18:00–19:00", "On 3 dates". Built from the same `ScheduleSpec` the occurrence engine expands, so
 * the sentence and the dates never disagree. Anything the words cannot say exactly (BYSETPOS,
 * hourly rules, …) reads "Repeats regularly" rather than something plausible and wrong.
 */
import type { ScheduleSpec } from '../model.js';
import { parseRRule, type RecurrenceRule } from '../time/rrule.js';
import type { ScheduleWords } from './schedule-messages.js';
import {
  DATE_OPTIONS,
  SHORT_DATE_OPTIONS,
  capitalise,
  formatList,
  formatNumber,
  formatTimeRange,
  pluralCategory,
  wallClockFormat,
  wallClockMs,
  weekdayName,
  weekdayOf,
} from './wall-clock.js';

/** How many listed dates still read well; more become "On N dates". */
const MAX_LISTED_DATES = 3;

interface Context {
  locale: string;
  words: ScheduleWords;
  startMs: number;
}

/**
 * One schedule as a sentence in `locale` (a BCP 47 tag, for Intl's formats) with `words`, that
 * locale's schedule words. The caller picks the words so that this module needs no table of every
 * locale: the elements pass the one they loaded, describeSchedule (all-locales.ts) picks from all.
 */
export function describeScheduleWith(spec: ScheduleSpec, locale: string, words: ScheduleWords): string {
  const startMs = wallClockMs(spec.start);
  if (startMs === undefined) return capitalise(words.repeats, locale);
  const context: Context = { locale, words, startMs };
  let rule: RecurrenceRule | undefined;
  if (spec.rrule) {
    try {
      rule = parseRRule(spec.rrule);
    } catch {
      return capitalise(words.repeats, locale);
    }
  }
  let sentence = rule ? rulePattern(rule, context) : datesPattern(spec, context);
  if (!spec.allDay && sentence !== undefined && (rule || sameTimeOfDay(spec))) {
    sentence = words.withTime(sentence, formatTimeRange(locale, startMs, startMs + spec.durationSeconds * 1000));
  }
  if (rule && sentence !== undefined) sentence = withLimit(sentence, rule, context);
  return capitalise(sentence ?? words.repeats, locale);
}

function rulePattern(rule: RecurrenceRule, context: Context): string | undefined {
  const { words, locale } = context;
  if (rule.bySetPos.length || rule.byHour.length || rule.byMinute.length || rule.bySecond.length) return undefined;
  if (rule.byYearDay.length || rule.byWeekNo.length) return undefined;
  switch (rule.freq) {
    case 'DAILY':
      if (rule.byDay.length || rule.byMonthDay.length || rule.byMonth.length) return undefined;
      return rule.interval === 1 ? words.everyDay : words.everyNDays(formatNumber(locale, rule.interval), pluralCategory(locale, rule.interval));
    case 'WEEKLY':
      return weeklyPattern(rule, context);
    case 'MONTHLY':
      return monthlyPattern(rule, context);
    case 'YEARLY':
      if (rule.byDay.length || rule.byMonthDay.length || rule.byMonth.length || rule.interval !== 1) return undefined;
      return words.everyYear(wallClockFormat(locale, { day: 'numeric', month: 'long' }).format(context.startMs));
    default:
      return undefined;
  }
}

function weeklyPattern(rule: RecurrenceRule, { words, locale, startMs }: Context): string | undefined {
  if (rule.byMonth.length) return undefined;
  const weekdays = rule.byDay.length ? [...new Set(rule.byDay.map((day) => day.weekday))] : [weekdayOf(startMs)];
  // Name the days in week order from the rule's week start, as a reader would list them.
  weekdays.sort((a, b) => ((a - rule.wkst + 7) % 7) - ((b - rule.wkst + 7) % 7));
  const days = formatList(locale, weekdays.map((weekday) => weekdayName(locale, weekday)));
  if (rule.interval === 1) return words.everyWeek(days, weekdays.length);
  if (rule.interval === 2) return words.everyOtherWeek(days, weekdays.length);
  return words.everyNWeeks(formatNumber(locale, rule.interval), days);
}

function monthlyPattern(rule: RecurrenceRule, { words, locale, startMs }: Context): string | undefined {
  if (rule.byMonth.length || (rule.byDay.length && rule.byMonthDay.length)) return undefined;
  const interval = rule.interval === 1 ? undefined : formatNumber(locale, rule.interval);
  if (rule.byDay.length) {
    // "BYDAY=MO" in a monthly rule means every Monday of the month: that is a weekly sentence, and a rare one.
    if (rule.byDay.some((day) => day.ordinal === 0)) return undefined;
    const items = rule.byDay
      .slice()
      .sort((a, b) => ordinalRank(a.ordinal) - ordinalRank(b.ordinal) || a.weekday - b.weekday)
      .map((day) => words.ordinalWeekday(day.ordinal, weekdayName(locale, day.weekday)));
    return words.monthly(formatList(locale, items), interval);
  }
  const monthDays = rule.byMonthDay.length ? rule.byMonthDay : [new Date(startMs).getUTCDate()];
  const items = monthDays
    .slice()
    .sort((a, b) => ordinalRank(a) - ordinalRank(b))
    .map((day) => words.dayOfMonth(day, formatNumber(locale, Math.abs(day))));
  return words.monthly(formatList(locale, items), interval);
}

/** Positive positions first, in order, then "last" ones (-1 after -2 is wrong; -2 is earlier than -1). */
function ordinalRank(ordinal: number): number {
  return ordinal > 0 ? ordinal : 100 + ordinal;
}

function withLimit(sentence: string, rule: RecurrenceRule, { words, locale }: Context): string {
  if (rule.until) {
    const untilMs = wallClockMs(rule.until.value);
    if (untilMs !== undefined) return words.until(sentence, wallClockFormat(locale, DATE_OPTIONS).format(untilMs));
  }
  if (rule.count !== undefined) return words.times(sentence, formatNumber(locale, rule.count), pluralCategory(locale, rule.count));
  return sentence;
}

/** A list of dates (RDATEs, with the first start): listed when few, counted when many. */
function datesPattern(spec: ScheduleSpec, { words, locale }: Context): string | undefined {
  const starts = [...new Set([spec.start, ...spec.rdates])]
    .map((local) => wallClockMs(local))
    .filter((ms): ms is number => ms !== undefined)
    .sort((a, b) => a - b);
  if (starts.length === 0) return undefined;
  if (starts.length > MAX_LISTED_DATES) return words.onNDates(formatNumber(locale, starts.length), pluralCategory(locale, starts.length));
  const sameYear = new Set(starts.map((ms) => new Date(ms).getUTCFullYear())).size === 1;
  const format = wallClockFormat(locale, sameYear ? SHORT_DATE_OPTIONS : DATE_OPTIONS);
  return words.onDates(formatList(locale, starts.map((ms) => format.format(ms))));
}

/** A date list only gets a time when every date starts at the same time (and lasts as long, by the model). */
function sameTimeOfDay(spec: ScheduleSpec): boolean {
  const times = new Set([spec.start, ...spec.rdates].map((local) => local.slice(10, 16)));
  return times.size === 1;
}
