/**
 * Where an occurrence sits on the calendar once it is in the zone being shown: the local days it covers
 * and its wall-clock minutes. Grouping for the month cells and the agenda works on this shape only, so
 * it is tested without time zones.
 */
import { addDays, compareLocalDates, formatLocalDate, type LocalDate } from './local-date.js';

export const MINUTES_PER_DAY = 1440;

export interface CalendarSpan {
  allDay: boolean;
  /** First local day covered. */
  firstDay: LocalDate;
  /** Last local day covered (inclusive): an event ending at midnight ends on the day before. */
  lastDay: LocalDate;
  /** Wall-clock minutes after midnight on `firstDay` (0 for all-day). */
  startMinutes: number;
  /** Wall-clock minutes after midnight on `lastDay` (1440 for all-day or an end at midnight). */
  endMinutes: number;
}

/** A span's piece on one day, as the week time grid draws it. */
export interface DaySegment<T extends CalendarSpan> {
  span: T;
  day: LocalDate;
  startMinutes: number;
  endMinutes: number;
  /** The span started on an earlier day / goes on after this day (drawn with an open edge). */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/** Sort order inside a day: all-day first, then by start, longer first, then by `tieBreak`. */
function compareInDay<T extends CalendarSpan>(tieBreak: (a: T, b: T) => number) {
  return (a: DaySegment<T>, b: DaySegment<T>): number =>
    Number(b.span.allDay) - Number(a.span.allDay) ||
    Number(b.continuesBefore) - Number(a.continuesBefore) ||
    a.startMinutes - b.startMinutes ||
    b.endMinutes - a.endMinutes ||
    tieBreak(a.span, b.span);
}

/**
 * The spans on each day from `from` to `to` (inclusive), keyed "YYYY-MM-DD", each day sorted. A span
 * covering several days appears on every one of them. Days without spans have no key.
 */
export function segmentsByDay<T extends CalendarSpan>(
  spans: readonly T[],
  from: LocalDate,
  to: LocalDate,
  tieBreak: (a: T, b: T) => number = () => 0,
): Map<string, DaySegment<T>[]> {
  const days = new Map<string, DaySegment<T>[]>();
  for (const span of spans) {
    if (compareLocalDates(span.lastDay, from) < 0 || compareLocalDates(span.firstDay, to) > 0) continue;
    let day = compareLocalDates(span.firstDay, from) < 0 ? from : span.firstDay;
    const last = compareLocalDates(span.lastDay, to) > 0 ? to : span.lastDay;
    while (compareLocalDates(day, last) <= 0) {
      const isFirst = compareLocalDates(day, span.firstDay) === 0;
      const isLast = compareLocalDates(day, span.lastDay) === 0;
      const segment: DaySegment<T> = {
        span,
        day,
        startMinutes: span.allDay || !isFirst ? 0 : span.startMinutes,
        endMinutes: span.allDay || !isLast ? MINUTES_PER_DAY : span.endMinutes,
        continuesBefore: !isFirst,
        continuesAfter: !isLast,
      };
      const key = formatLocalDate(day);
      const list = days.get(key);
      if (list) list.push(segment);
      else days.set(key, [segment]);
      day = addDays(day, 1);
    }
  }
  const order = compareInDay(tieBreak);
  for (const list of days.values()) list.sort(order);
  return days;
}

export interface AgendaDay<T extends CalendarSpan> {
  date: LocalDate;
  segments: DaySegment<T>[];
}

/** The agenda: the days from `from` to `to` that have something on, in date order. */
export function agendaDays<T extends CalendarSpan>(
  spans: readonly T[],
  from: LocalDate,
  to: LocalDate,
  tieBreak?: (a: T, b: T) => number,
): AgendaDay<T>[] {
  return daysInOrder(segmentsByDay(spans, from, to, tieBreak), from, to);
}

/** The days from `from` to `to` that have segments in `byDay` (as segmentsByDay returns it), in date order. */
export function daysInOrder<T extends CalendarSpan>(
  byDay: ReadonlyMap<string, DaySegment<T>[]>,
  from: LocalDate,
  to: LocalDate,
): AgendaDay<T>[] {
  const result: AgendaDay<T>[] = [];
  for (let day = from; compareLocalDates(day, to) <= 0; day = addDays(day, 1)) {
    const segments = byDay.get(formatLocalDate(day));
    if (segments?.length) result.push({ date: day, segments });
  }
  return result;
}
