/**
 * Expanding a recurrence rule into local wall-clock starts (RFC 5545 §3.3.10).
 *
 * The rule is walked period by period (a year for YEARLY, a month for MONTHLY, … a second for
 * SECONDLY, stepping by INTERVAL). Each period's candidate set is every allowed day (day-filter.ts)
 * times every allowed time of day; BYSETPOS then picks from that set, and only then are starts
 * before DTSTART dropped, COUNT counted and UNTIL applied — the order the RFC defines.
 *
 * Output is in "local seconds" (datetime.ts), ascending. Infinite rules are safe because the
 * generator is lazy, stops once a period starts after `to`, and never walks more than
 * MAX_PERIODS periods. Without COUNT it jumps straight to the period before `from`; with COUNT it
 * must count from DTSTART, as excluded starts before the window still use up the count.
 */
import { dayNumber, dayNumberToDate, weekdayOfDayNumber, localToSeconds } from './datetime.js';
import { dayFilter, firstWeekStart, weekYearOf, type DayFilter, type PeriodScope } from './day-filter.js';
import { RRuleError, type RecurrenceRule } from './rrule.js';
import { localToEpochMs, epochMsToLocal } from './zone.js';

/** Hard stop on periods walked for one rule, whatever the window: about 1 400 years of days. */
export const MAX_PERIODS = 500_000;
const DAY = 86400;
const LAST_LOCAL_SECOND = localToSeconds('9999-12-31T23:59:59');

export interface ExpandOptions {
  /** DTSTART in local seconds. */
  start: number;
  /** DTSTART is a date (VALUE=DATE): time-of-day parts are ignored. */
  dateOnly: boolean;
  /** Zone the wall clock is in; used to read a UTC ("Z") UNTIL. */
  timeZone: string;
  /** Starts before this (local seconds) may be skipped without being generated. */
  from?: number;
  /** Stop once starts pass this (local seconds). */
  to?: number;
}

function untilSeconds(rule: RecurrenceRule, options: ExpandOptions): number {
  const { until } = rule;
  if (!until) return LAST_LOCAL_SECOND;
  if (until.utc) {
    const epochMs = localToEpochMs(until.value, 'UTC');
    return localToSeconds(epochMsToLocal(epochMs, options.timeZone));
  }
  const seconds = localToSeconds(until.value);
  // A date-only UNTIL on a timed rule includes the whole of that day.
  return until.dateOnly && !options.dateOnly ? seconds + DAY - 1 : seconds;
}

function timesOfDay(rule: RecurrenceRule, start: number, dateOnly: boolean): number[] {
  if (dateOnly) return [0];
  const startTime = ((start % DAY) + DAY) % DAY;
  const hours = rule.byHour.length ? rule.byHour : [Math.floor(startTime / 3600)];
  const minutes = rule.byMinute.length ? rule.byMinute : [Math.floor((startTime % 3600) / 60)];
  const seconds = rule.bySecond.length ? rule.bySecond.filter((second) => second < 60) : [startTime % 60];
  const times: number[] = [];
  for (const hour of hours) for (const minute of minutes) for (const second of seconds) times.push(hour * 3600 + minute * 60 + second);
  return times.sort((a, b) => a - b);
}

function applySetPos(candidates: number[], bySetPos: number[]): number[] {
  if (!bySetPos.length) return candidates;
  const picked = new Set<number>();
  for (const position of bySetPos) {
    const value = position > 0 ? candidates[position - 1] : candidates[candidates.length + position];
    if (value !== undefined) picked.add(value);
  }
  return [...picked].sort((a, b) => a - b);
}

/** A period's days, [begin, end) as day numbers, and for week-numbered years the year. */
interface PeriodBounds {
  begin: number;
  end: number;
  weekYear: number | undefined;
}

/** Steps through the periods of a date-level rule (YEARLY … DAILY): period 0 holds DTSTART. */
interface PeriodWalker {
  /** The period before the one holding `fromDay` (so nothing that could reach the window is skipped). */
  firstIndex(fromDay: number): number;
  bounds(index: number, into: PeriodBounds): void;
}

/**
 * What expanding a rule from one DTSTART needs whatever the window: worked out once, so a schedule
 * expanded for window after window (the calendar paging, the finder filtering) does it once.
 */
export interface ExpansionPlan {
  rule: RecurrenceRule;
  start: number;
  dateOnly: boolean;
  timeZone: string;
  /** UNTIL in local seconds (the last representable second when there is none). */
  until: number;
  allows: DayFilter;
  /** Times of day, in seconds, for date-level frequencies. */
  times: number[];
  periods: PeriodWalker;
}

export function planExpansion(rule: RecurrenceRule, options: ExpandOptions): ExpansionPlan {
  const until = untilSeconds(rule, options);
  const allows = dayFilter(rule, Math.floor(options.start / DAY));
  return {
    rule,
    start: options.start,
    dateOnly: options.dateOnly,
    timeZone: options.timeZone,
    until,
    allows,
    times: timesOfDay(rule, options.start, options.dateOnly),
    periods: periodWalker(rule, Math.floor(options.start / DAY), allows),
  };
}

function periodWalker(rule: RecurrenceRule, startDay: number, allows: DayFilter): PeriodWalker {
  const [startYear, startMonth] = dayNumberToDate(startDay);
  const { interval, wkst } = rule;
  switch (rule.freq) {
    case 'YEARLY': {
      if (rule.byWeekNo.length) {
        // Years are counted in week-numbering years from the one DTSTART's occurrence belongs to;
        // a DTSTART that is not itself an occurrence counts from its calendar year (libical agrees).
        const startWeekYear = weekYearOf(startDay, wkst);
        const baseYear = allows(startDay, { weekYear: startWeekYear }) ? startWeekYear : startYear;
        return {
          firstIndex: (fromDay) => Math.floor((weekYearOf(fromDay, wkst) - 1 - baseYear) / interval),
          bounds: (index, into) => {
            const year = baseYear + index * interval;
            into.begin = firstWeekStart(year, wkst);
            into.end = firstWeekStart(year + 1, wkst);
            into.weekYear = year;
          },
        };
      }
      return {
        firstIndex: (fromDay) => Math.floor((dayNumberToDate(fromDay)[0] - 1 - startYear) / interval),
        bounds: (index, into) => {
          const year = startYear + index * interval;
          into.begin = dayNumber(year, 1, 1);
          into.end = dayNumber(year + 1, 1, 1);
        },
      };
    }
    case 'MONTHLY': {
      const base = startYear * 12 + startMonth - 1;
      return {
        firstIndex: (fromDay) => {
          const [fromYear, fromMonth] = dayNumberToDate(fromDay);
          return Math.floor((fromYear * 12 + fromMonth - 2 - base) / interval);
        },
        bounds: (index, into) => {
          const month = base + index * interval;
          into.begin = dayNumber(Math.floor(month / 12), (month % 12) + 1, 1);
          into.end = dayNumber(Math.floor((month + 1) / 12), ((month + 1) % 12) + 1, 1);
        },
      };
    }
    case 'WEEKLY': {
      const weekStart = startDay - ((weekdayOfDayNumber(startDay) - wkst + 7) % 7);
      return {
        firstIndex: (fromDay) => Math.floor((fromDay - 7 - weekStart) / (7 * interval)),
        bounds: (index, into) => {
          into.begin = weekStart + index * 7 * interval;
          into.end = into.begin + 7;
        },
      };
    }
    default: // DAILY (sub-daily rules never ask)
      return {
        firstIndex: (fromDay) => Math.floor((fromDay - 1 - startDay) / interval),
        bounds: (index, into) => {
          into.begin = startDay + index * interval;
          into.end = into.begin + 1;
        },
      };
  }
}

/** Local starts of `rule` from DTSTART (`options.start`), ascending. */
export function* expandRule(rule: RecurrenceRule, options: ExpandOptions): Generator<number, void, undefined> {
  yield* expandPlanned(planExpansion(rule, options), options.from, options.to);
}

/** expandRule for a plan made earlier (planExpansion), between local-seconds bounds. */
export function* expandPlanned(plan: ExpansionPlan, from: number | undefined, to: number | undefined): Generator<number, void, undefined> {
  const { rule, until, allows, times } = plan;
  const stop = Math.min(until, to ?? LAST_LOCAL_SECOND);
  const useFrom = rule.count === undefined && from !== undefined && from > plan.start;
  let emitted = 0;
  if (rule.freq === 'HOURLY' || rule.freq === 'MINUTELY' || rule.freq === 'SECONDLY') {
    if (plan.dateOnly) throw new RRuleError(`FREQ=${rule.freq} needs a start with a time of day, not just a date`);
    yield* expandSubDaily(plan, from, stop, useFrom);
    return;
  }
  const bounds: PeriodBounds = { begin: 0, end: 0, weekYear: undefined };
  const scope: PeriodScope = { weekYear: undefined };
  // Refilled each period; a period's candidates are all yielded before the next is collected.
  const candidates: number[] = [];
  const first = useFrom ? plan.periods.firstIndex(Math.floor(from! / DAY)) : 0;
  for (let index = Math.max(0, first), walked = 0; walked < MAX_PERIODS; index++, walked++) {
    plan.periods.bounds(index, bounds);
    // Week-numbered years begin up to 6 days before 1 January.
    if (bounds.begin * DAY - 7 * DAY > stop) return;
    candidates.length = 0;
    scope.weekYear = bounds.weekYear;
    for (let day = bounds.begin; day < bounds.end; day++) {
      if (!allows(day, scope)) continue;
      for (const time of times) candidates.push(day * DAY + time);
    }
    for (const start of applySetPos(candidates, rule.bySetPos)) {
      if (start < plan.start) continue;
      if (start > until) return;
      if (start > stop) return;
      yield start;
      if (rule.count !== undefined && ++emitted >= rule.count) return;
    }
  }
}

const UNIT_SECONDS = { HOURLY: 3600, MINUTELY: 60, SECONDLY: 1 } as const;

function* expandSubDaily(plan: ExpansionPlan, from: number | undefined, stop: number, useFrom: boolean): Generator<number, void, undefined> {
  const { rule, allows } = plan;
  const unit = UNIT_SECONDS[rule.freq as keyof typeof UNIT_SECONDS];
  const step = unit * rule.interval;
  const base = plan.start - (((plan.start % unit) + unit) % unit);
  const startTime = ((plan.start % DAY) + DAY) % DAY;
  const minutes = rule.byMinute.length ? rule.byMinute : [Math.floor((startTime % 3600) / 60)];
  const seconds = rule.bySecond.length ? rule.bySecond.filter((second) => second < 60) : [startTime % 60];
  let index = useFrom ? Math.max(0, Math.floor((from! - DAY - base) / step)) : 0;
  let emitted = 0;
  const nextIndexAtOrAfter = (seconds: number) => Math.max(index + 1, Math.ceil((seconds - base) / step));
  for (let walked = 0; walked < MAX_PERIODS; walked++) {
    const periodStart = base + index * step;
    if (periodStart > stop) return;
    const day = Math.floor(periodStart / DAY);
    if (!allows(day, {})) {
      index = nextIndexAtOrAfter((day + 1) * DAY);
      continue;
    }
    const hour = Math.floor((periodStart - day * DAY) / 3600);
    if (rule.byHour.length && !rule.byHour.includes(hour)) {
      index = nextIndexAtOrAfter(day * DAY + (hour + 1) * 3600);
      continue;
    }
    const minute = Math.floor((periodStart % 3600) / 60);
    let candidates: number[] = [];
    if (rule.freq === 'HOURLY') {
      for (const m of minutes) for (const s of seconds) candidates.push(periodStart + m * 60 + s);
    } else if (!rule.byMinute.length || rule.byMinute.includes(minute)) {
      if (rule.freq === 'MINUTELY') for (const s of seconds) candidates.push(periodStart + s);
      else if (!rule.bySecond.length || rule.bySecond.includes(periodStart % 60)) candidates.push(periodStart);
    }
    candidates = applySetPos(candidates.sort((a, b) => a - b), rule.bySetPos);
    for (const start of candidates) {
      if (start < plan.start) continue;
      if (start > stop) return;
      yield start;
      if (rule.count !== undefined && ++emitted >= rule.count) return;
    }
    index++;
  }
}
