/**
 * A schema.org Schedule (docs/feed-spec.md#schedule) → a `ScheduleSpec`: its pattern becomes
 * an RFC 5545 RRULE string, so one engine expands schedules and iCalendar rules alike.
 *
 * Lenient like the rest of parsing: every field that cannot be read becomes a problem with the
 * JSON pointer of that field (relative to the schedule: "/byDay/1"), and the spec is still
 * returned whenever a sensible series remains. No spec means the schedule cannot be placed in time.
 */
import type { ScheduleSpec } from '../model.js';
import { localToSeconds } from './datetime.js';
import { expandRule } from './expand.js';
import { parseRRule } from './rrule.js';
import { BY_DAY_HINT, byDayToRRule, repeatFrequencyToStep } from './schedule-fields.js';
import { readDateList, readEndDate, readRRule, readStart, readTimes } from './schedule-read.js';
import { isValidTimeZone } from './zone.js';

export interface SchemaScheduleInput {
  repeatFrequency?: string;
  byDay?: string[];
  byMonthDay?: number[];
  byMonth?: number[];
  repeatCount?: number;
  startDate?: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  duration?: string;
  exceptDate?: string[];
  scheduleTimezone?: string;
  rrule?: string;
  rdate?: string[];
}

export interface ScheduleProblem {
  /** JSON pointer relative to the schedule object ("" is the schedule itself). */
  path: string;
  message: string;
  hint?: string;
}

function listOf(value: unknown): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value : [value];
}

function numberList(
  values: unknown, field: 'byMonthDay' | 'byMonth', problems: ScheduleProblem[],
): number[] {
  const [min, max, example] = field === 'byMonth' ? [1, 12, '1 for January'] : [1, 31, '1, 15 or -1 for the last day'];
  const result: number[] = [];
  (listOf(values) ?? []).forEach((value, index) => {
    const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    const ok = typeof number === 'number' && Number.isInteger(number) && Math.abs(number) >= min && Math.abs(number) <= max
      && (field === 'byMonthDay' || number > 0);
    if (ok) result.push(number as number);
    else problems.push({
      path: `/${field}/${index}`,
      message: `${field}[${index}] ${JSON.stringify(value)} is not a ${field === 'byMonth' ? 'month number' : 'day of the month'}`,
      hint: field === 'byMonth' ? `Use ${min} to ${max} (${example})` : `Use 1 to 31 or -31 to -1 (${example})`,
    });
  });
  return result;
}

/** The rule parts of the schedule's pattern; undefined when it has none, null when it has one that cannot be used. */
function buildPatternRule(input: SchemaScheduleInput, problems: ScheduleProblem[]): string[] | null | undefined {
  const parts: string[] = [];
  const byDay: string[] = [];
  (listOf(input.byDay) ?? []).forEach((value, index) => {
    const code = byDayToRRule(value);
    if (code) byDay.push(code);
    else problems.push({
      path: `/byDay/${index}`,
      message: `byDay[${index}] ${JSON.stringify(value)} is not a day: ${BY_DAY_HINT}`,
      hint: 'Write the weekday as TU or https://schema.org/Tuesday',
    });
  });
  const byMonthDay = numberList(input.byMonthDay, 'byMonthDay', problems);
  const byMonth = numberList(input.byMonth, 'byMonth', problems);
  let step = repeatFrequencyToStep(input.repeatFrequency);
  if (input.repeatFrequency !== undefined && !step) {
    problems.push({
      path: '/repeatFrequency',
      message: `repeatFrequency ${JSON.stringify(input.repeatFrequency)} is not a repeat interval`,
      hint: 'Use an ISO 8601 duration of one step: P1D (daily), P1W (weekly), P2W (fortnightly), P1M (monthly), P1Y (yearly)',
    });
    return null;
  }
  if (!step) {
    // No usable frequency: infer the coarsest one the by-lists make sense with.
    if (byDay.some((code) => /\d/.test(code)) || byMonthDay.length) step = { freq: 'MONTHLY', interval: 1 };
    else if (byDay.length) step = { freq: 'WEEKLY', interval: 1 };
    else if (byMonth.length) step = { freq: 'YEARLY', interval: 1 };
    else return undefined;
  }
  if (step.freq === 'WEEKLY' && byMonthDay.length) {
    problems.push({ path: '/byMonthDay', message: 'byMonthDay cannot be used with a weekly repeatFrequency', hint: 'Use P1M to repeat on days of the month' });
    return null;
  }
  if (!['MONTHLY', 'YEARLY'].includes(step.freq) && byDay.some((code) => /\d/.test(code))) {
    problems.push({ path: '/byDay', message: `A numbered weekday such as "2MO" needs a monthly or yearly repeatFrequency, not ${input.repeatFrequency}`, hint: 'Use repeatFrequency P1M for "the second Monday of each month"' });
    return null;
  }
  parts.push(`FREQ=${step.freq}`);
  if (step.interval > 1) parts.push(`INTERVAL=${step.interval}`);
  if (byDay.length) parts.push(`BYDAY=${byDay.join(',')}`);
  if (byMonthDay.length) parts.push(`BYMONTHDAY=${byMonthDay.join(',')}`);
  if (byMonth.length) parts.push(`BYMONTH=${byMonth.join(',')}`);
  return parts;
}

/** Translate a schema.org Schedule into a `ScheduleSpec`, collecting every problem on the way. */
export function scheduleToSpec(
  input: SchemaScheduleInput,
  defaults: { timeZone: string },
): { spec?: ScheduleSpec; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  if (typeof input !== 'object' || input === null) {
    return { problems: [{ path: '', message: 'A schedule must be an object', hint: 'Write {"repeatFrequency": "P1W", "byDay": ["TU"], …}' }] };
  }
  let timeZone = defaults.timeZone;
  if (input.scheduleTimezone !== undefined) {
    if (isValidTimeZone(input.scheduleTimezone)) timeZone = input.scheduleTimezone;
    else problems.push({ path: '/scheduleTimezone', message: `scheduleTimezone ${JSON.stringify(input.scheduleTimezone)} is not an IANA time zone; using ${timeZone}`, hint: 'Use a name such as Europe/London or America/New_York' });
  }
  const times = readTimes(input, problems);
  const start = readStart(input, timeZone, times.startTime, problems);
  const rdates = readDateList(input.rdate, 'rdate', timeZone, times.startTime, problems);
  const exdates = readDateList(input.exceptDate, 'exceptDate', timeZone, undefined, problems);
  let rrule: string | undefined;
  if (input.rrule !== undefined) {
    rrule = readRRule(input.rrule, problems);
    if (rrule === undefined) return { problems };
  } else {
    const parts = buildPatternRule(input, problems);
    // A pattern that cannot be read must not turn into a one-off on startDate.
    if (parts === null) return { problems };
    if (parts) rrule = withSeriesEnd(parts, input, start, timeZone, problems);
  }
  // Without a rule the schedule is a list of dates: the rdates when there are any, else startDate.
  const first = rrule || !rdates.length ? start?.local : rdates[0];
  if (!first) {
    if (input.startDate === undefined) {
      problems.push({
        path: '/startDate',
        message: rrule ? 'The schedule repeats but has no startDate, so it cannot begin' : 'The schedule has no startDate, repeatFrequency, rrule or rdate',
        hint: 'Add "startDate": "2026-01-06" (and "startTime": "18:00" for a timed session)',
      });
    }
    return { problems };
  }
  const allDay = first.length === 10;
  const spec: ScheduleSpec = {
    start: first,
    // An all-day occurrence lasts whole days: one unless a duration says more.
    durationSeconds: allDay ? Math.max(1, Math.round(times.durationSeconds / 86400)) * 86400 : times.durationSeconds,
    allDay,
    timeZone,
    rdates: rrule ? rdates : rdates.filter((date) => date !== first),
    exdates,
  };
  if (rrule) spec.rrule = rrule;
  return { spec, problems };
}

/**
 * Adds repeatCount and endDate to the rule. RRULE forbids COUNT with UNTIL, but a schedule may give
 * both, meaning "stop at whichever comes first": expand to find out which, and keep that one.
 */
function withSeriesEnd(
  parts: string[], input: SchemaScheduleInput, start: { local: string; allDay: boolean } | undefined,
  timeZone: string, problems: ScheduleProblem[],
): string {
  let count: number | undefined;
  if (input.repeatCount !== undefined) {
    if (typeof input.repeatCount === 'number' && Number.isInteger(input.repeatCount) && input.repeatCount > 0) count = input.repeatCount;
    else problems.push({ path: '/repeatCount', message: `repeatCount ${JSON.stringify(input.repeatCount)} is not a whole number of 1 or more`, hint: 'Use the number of sessions, e.g. 10' });
  }
  const until = readEndDate(input, timeZone, start?.allDay ?? false, problems);
  if (count !== undefined && until !== undefined && start) {
    const rule = parseRRule([...parts, `UNTIL=${until}`].join(';'));
    let withinEnd = 0;
    for (const _ of expandRule(rule, { start: localToSeconds(start.local), dateOnly: start.allDay, timeZone })) {
      if (++withinEnd >= count) break;
    }
    return [...parts, withinEnd >= count ? `COUNT=${count}` : `UNTIL=${until}`].join(';');
  }
  if (count !== undefined) parts.push(`COUNT=${count}`);
  else if (until !== undefined) parts.push(`UNTIL=${until}`);
  return parts.join(';');
}
