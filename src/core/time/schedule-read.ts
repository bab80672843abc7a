/**
 * Field readers for schedule.ts: each reads one part of a schema.org Schedule, pushes a problem
 * (with the field's pointer) when it cannot, and returns what it could read.
 */
import { parseFeedDateTime, parseIsoDuration, parseLocalTime, localToSeconds } from './datetime.js';
import { RRuleError, parseRRule } from './rrule.js';
import { epochMsToLocal } from './zone.js';
import type { SchemaScheduleInput, ScheduleProblem } from './schedule.js';

const DATE_HINT = 'Use ISO 8601: 2026-12-31, or 2026-12-31T18:00 for a date and time';
const TIME_HINT = 'Use 24-hour local time: "18:00" or "18:00:00"';

/** A date or local date-time; an explicit offset is turned into the schedule's wall clock. */
export function readLocal(value: unknown, timeZone: string): { local: string; allDay: boolean } | undefined {
  const parsed = typeof value === 'string' ? parseFeedDateTime(value) : undefined;
  if (!parsed) return undefined;
  if (parsed.offsetMinutes === undefined) return { local: parsed.local, allDay: parsed.allDay };
  const instant = (localToSeconds(parsed.local) - parsed.offsetMinutes * 60) * 1000;
  return { local: epochMsToLocal(instant, timeZone), allDay: false };
}

/** startTime, and the length of each occurrence from duration, or endTime − startTime. */
export function readTimes(input: SchemaScheduleInput, problems: ScheduleProblem[]): { startTime?: string; durationSeconds: number } {
  let startTime: string | undefined;
  if (input.startTime !== undefined) {
    startTime = typeof input.startTime === 'string' ? parseLocalTime(input.startTime) : undefined;
    if (!startTime) problems.push({ path: '/startTime', message: `startTime ${JSON.stringify(input.startTime)} is not a time of day`, hint: TIME_HINT });
  }
  if (input.duration !== undefined) {
    const seconds = typeof input.duration === 'string' ? parseIsoDuration(input.duration) : undefined;
    if (seconds !== undefined) return { startTime, durationSeconds: seconds };
    problems.push({ path: '/duration', message: `duration ${JSON.stringify(input.duration)} is not an ISO 8601 duration`, hint: 'Use PT1H30M for an hour and a half, P1D for a day' });
  }
  if (input.endTime !== undefined) {
    const endTime = typeof input.endTime === 'string' ? parseLocalTime(input.endTime) : undefined;
    if (!endTime) problems.push({ path: '/endTime', message: `endTime ${JSON.stringify(input.endTime)} is not a time of day`, hint: TIME_HINT });
    else if (!startTime) {
      if (input.startTime === undefined) problems.push({ path: '/endTime', message: 'endTime is given without a startTime', hint: 'Add "startTime", or use "duration"' });
    } else {
      const toSeconds = (time: string) => Number(time.slice(0, 2)) * 3600 + Number(time.slice(3, 5)) * 60 + Number(time.slice(6, 8));
      let seconds = toSeconds(endTime) - toSeconds(startTime);
      // "22:00"–"01:00" is a session that runs past midnight.
      if (seconds < 0) seconds += 86400;
      return { startTime, durationSeconds: seconds };
    }
  }
  return { startTime, durationSeconds: 0 };
}

/** startDate (+ startTime) → the series' first local start. */
export function readStart(
  input: SchemaScheduleInput, timeZone: string, startTime: string | undefined, problems: ScheduleProblem[],
): { local: string; allDay: boolean } | undefined {
  if (input.startDate === undefined) return undefined;
  const start = readLocal(input.startDate, timeZone);
  if (!start) {
    problems.push({ path: '/startDate', message: `startDate ${JSON.stringify(input.startDate)} is not a date`, hint: DATE_HINT });
    return undefined;
  }
  if (startTime) return { local: `${start.local.slice(0, 10)}T${startTime}`, allDay: false };
  return start;
}

/** endDate is the last date of the series, inclusive: the rule runs until the end of that local day. */
export function readEndDate(input: SchemaScheduleInput, timeZone: string, allDay: boolean, problems: ScheduleProblem[]): string | undefined {
  if (input.endDate === undefined) return undefined;
  const end = readLocal(input.endDate, timeZone);
  if (!end) {
    problems.push({ path: '/endDate', message: `endDate ${JSON.stringify(input.endDate)} is not a date`, hint: DATE_HINT });
    return undefined;
  }
  const day = end.local.slice(0, 10).replace(/-/g, '');
  if (allDay) return day;
  return end.allDay ? `${day}T235959` : end.local.replace(/[-:]/g, '');
}

/** rdate / exceptDate: dates or local date-times. A date-only rdate on a timed schedule takes startTime. */
export function readDateList(
  values: unknown, field: 'rdate' | 'exceptDate', timeZone: string, startTime: string | undefined, problems: ScheduleProblem[],
): string[] {
  if (values === undefined || values === null) return [];
  const list = Array.isArray(values) ? values : [values];
  const result: string[] = [];
  list.forEach((value, index) => {
    const parsed = readLocal(value, timeZone);
    if (!parsed) {
      problems.push({ path: `/${field}/${index}`, message: `${field}[${index}] ${JSON.stringify(value)} is not a date`, hint: DATE_HINT });
      return;
    }
    result.push(parsed.allDay && startTime && field === 'rdate' ? `${parsed.local}T${startTime}` : parsed.local);
  });
  return [...new Set(result)].sort();
}

/** A schedule's own RFC 5545 rule, checked by the engine's parser and returned without "RRULE:". */
export function readRRule(value: unknown, problems: ScheduleProblem[]): string | undefined {
  if (typeof value !== 'string') {
    problems.push({ path: '/rrule', message: 'rrule must be text such as "FREQ=WEEKLY;BYDAY=TU"' });
    return undefined;
  }
  try {
    parseRRule(value);
  } catch (error) {
    if (!(error instanceof RRuleError)) throw error;
    problems.push({ path: '/rrule', message: `rrule ${JSON.stringify(value)} cannot be used: ${error.message}`, hint: 'See RFC 5545 §3.3.10, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"' });
    return undefined;
  }
  return value.trim().replace(/^RRULE:/i, '').replace(/;+$/, '');
}
