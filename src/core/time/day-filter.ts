/**
 * Which days a recurrence rule allows, for the day-level parts of RFC 5545 §3.3.10 (BYMONTH,
 * BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY). The expander walks every day of a period (a year, a
 * month, a week, a day) and keeps the ones `dayFilter` accepts; that is slower than computing
 * them directly but obviously correct, and a year is only 366 days.
 *
 * Days are day numbers (days since 1970-01-01) so that arithmetic never meets a time zone.
 */
import { dayNumber, dayNumberToDate, daysInMonth, isLeapYear, packedDateOfDayNumber, weekdayOfDayNumber } from './datetime.js';
import type { RecurrenceRule } from './rrule.js';

/** First day of week 1 of `year`: the first week starting on `wkst` with at least 4 days in the year. */
export function firstWeekStart(year: number, wkst: number): number {
  const january1 = dayNumber(year, 1, 1);
  const offset = (weekdayOfDayNumber(january1) - wkst + 7) % 7;
  return offset <= 3 ? january1 - offset : january1 - offset + 7;
}

/** The week-numbering year a day belongs to (ISO 8601 when `wkst` is Monday). */
export function weekYearOf(day: number, wkst: number): number {
  const [year] = dayNumberToDate(day);
  if (day >= firstWeekStart(year + 1, wkst)) return year + 1;
  if (day < firstWeekStart(year, wkst)) return year - 1;
  return year;
}

export interface PeriodScope {
  /** For YEARLY rules with BYWEEKNO: the week-numbering year being expanded. */
  weekYear?: number;
}

export type DayFilter = (day: number, scope: PeriodScope) => boolean;

/** Day numbers `Date` can hold; packedDateOfDayNumber is exact across them. */
const MAX_DAY_NUMBER = 1e8;

function inList(list: number[], value: number, size: number): boolean {
  return list.includes(value) || list.includes(value - size - 1);
}

/**
 * A predicate for the days `rule` allows. `start` is DTSTART's day number: a part the rule leaves
 * out takes DTSTART's value where RFC 5545 says so ("FREQ=MONTHLY" alone repeats on DTSTART's day).
 */
export function dayFilter(rule: RecurrenceRule, start: number): DayFilter {
  const { freq, byMonth, byWeekNo, byYearDay, byMonthDay, byDay, wkst } = rule;
  const [, startMonth, startDayOfMonth] = dayNumberToDate(start);
  const startWeekday = weekdayOfDayNumber(start);
  const hasDayPart = byWeekNo.length > 0 || byYearDay.length > 0 || byMonthDay.length > 0 || byDay.length > 0;
  // YEARLY with neither BYMONTH nor a year-wide day part stays in DTSTART's month: "BYMONTHDAY=29"
  // alone is 29 February each (leap) year, as libical reads it, not the 29th of every month.
  const defaultMonth = freq === 'YEARLY' && !byMonth.length && !byWeekNo.length && !byYearDay.length
    && (byMonthDay.length > 0 || !byDay.length);
  const defaultMonthDay = (freq === 'YEARLY' && !hasDayPart) || (freq === 'MONTHLY' && !byMonthDay.length && !byDay.length);
  const defaultWeekday = (freq === 'WEEKLY' && !byDay.length)
    || (freq === 'YEARLY' && byWeekNo.length > 0 && !byDay.length && !byMonthDay.length && !byYearDay.length);
  // A numbered weekday counts within the month for MONTHLY, and for YEARLY only when BYMONTH is given.
  const ordinalsInMonth = freq === 'MONTHLY' || (freq === 'YEARLY' && byMonth.length > 0);
  const weekCache = new Map<number, [number, number]>();

  const weeksOf = (weekYear: number): [number, number] => {
    let entry = weekCache.get(weekYear);
    if (!entry) {
      const first = firstWeekStart(weekYear, wkst);
      entry = [first, (firstWeekStart(weekYear + 1, wkst) - first) / 7];
      weekCache.set(weekYear, entry);
    }
    return entry;
  };

  const ordinalDays = byDay.filter((entry) => entry.ordinal !== 0);
  const everyWeekday = byDay.filter((entry) => entry.ordinal === 0).map((entry) => entry.weekday);

  /** All the parts, for a day whose calendar date and weekday are known. */
  const matches = (day: number, year: number, month: number, dayOfMonth: number, weekday: number, scope: PeriodScope): boolean => {
    if (byMonth.length && !byMonth.includes(month)) return false;
    if (defaultMonth && month !== startMonth) return false;
    const monthLength = daysInMonth(year, month);
    if (defaultMonthDay && dayOfMonth !== startDayOfMonth) return false;
    if (byMonthDay.length && !inList(byMonthDay, dayOfMonth, monthLength)) return false;
    if (defaultWeekday && weekday !== startWeekday) return false;
    if (byYearDay.length) {
      const yearDay = day - dayNumber(year, 1, 1) + 1;
      if (!inList(byYearDay, yearDay, isLeapYear(year) ? 366 : 365)) return false;
    }
    if (byWeekNo.length) {
      const weekYear = scope.weekYear ?? weekYearOf(day, wkst);
      const [first, weeks] = weeksOf(weekYear);
      const week = Math.floor((day - first) / 7) + 1;
      if (week < 1 || week > weeks || !inList(byWeekNo, week, weeks)) return false;
    }
    if (byDay.length) {
      if (everyWeekday.includes(weekday)) return true;
      for (const { weekday: wanted, ordinal } of ordinalDays) {
        if (wanted !== weekday) continue;
        const [index, length] = ordinalsInMonth
          ? [dayOfMonth, monthLength]
          : [day - dayNumber(year, 1, 1) + 1, isLeapYear(year) ? 366 : 365];
        const fromStart = Math.floor((index - 1) / 7) + 1;
        const fromEnd = -(Math.floor((length - index) / 7) + 1);
        if (ordinal === fromStart || ordinal === fromEnd) return true;
      }
      return false;
    }
    return true;
  };

  // Most days fail on their weekday alone (a weekly class allows one or two in seven), so that is
  // checked first, and a rule that asks nothing of the date beyond its weekday stops there.
  const weekdayCanMatch = [0, 1, 2, 3, 4, 5, 6].map((weekday) =>
    (!defaultWeekday || weekday === startWeekday) && (!byDay.length || byDay.some((entry) => entry.weekday === weekday)));
  const weekdayDecides = !byMonth.length && !defaultMonth && !defaultMonthDay && !byMonthDay.length && !byYearDay.length
    && !byWeekNo.length && !ordinalDays.length;

  return (day, scope) => {
    if (!Number.isInteger(day) || Math.abs(day) > MAX_DAY_NUMBER) {
      // Odd input (NaN, beyond Date's range): the slow path, with Date's answers.
      const [year, month, dayOfMonth] = dayNumberToDate(day);
      return matches(day, year, month, dayOfMonth, weekdayOfDayNumber(day), scope);
    }
    const weekday = weekdayOfDayNumber(day);
    if (!weekdayCanMatch[weekday]) return false;
    if (weekdayDecides) return true;
    const packed = packedDateOfDayNumber(day);
    const year = Math.floor(packed / 10000);
    const monthDay = packed - year * 10000;
    return matches(day, year, Math.floor(monthDay / 100), monthDay % 100, weekday, scope);
  };
}
