/**
 * The month view's grid: whole weeks from the week holding the 1st to the week holding the last day,
 * with the days of the neighbouring months flagged so they can be shown dimmed.
 */
import {
  addDays, daysBetween, endOfMonth, isoWeekday, startOfMonth, startOfWeek,
  type IsoWeekday, type LocalDate,
} from './local-date.js';

export interface MonthGridDay {
  date: LocalDate;
  weekday: IsoWeekday;
  /** False for the leading and trailing days of the previous and next months. */
  inMonth: boolean;
}

export interface MonthGrid {
  year: number;
  month: number;
  firstDay: IsoWeekday;
  /** Rows of exactly 7 days, 4 to 6 rows. */
  weeks: MonthGridDay[][];
  /** First and last day shown (inclusive): the range to expand occurrences for. */
  firstShown: LocalDate;
  lastShown: LocalDate;
}

/** Weekday order of a week starting on `firstDay` (e.g. Sunday-first: 7, 1, 2, … 6). */
export function weekdayOrder(firstDay: IsoWeekday): IsoWeekday[] {
  return Array.from({ length: 7 }, (_, index) => (((firstDay - 1 + index) % 7) + 1) as IsoWeekday);
}

export function monthGrid(date: LocalDate, firstDay: IsoWeekday): MonthGrid {
  const first = startOfMonth(date);
  const last = endOfMonth(date);
  const firstShown = startOfWeek(first, firstDay);
  const weekCount = Math.ceil((daysBetween(firstShown, last) + 1) / 7);
  const weeks: MonthGridDay[][] = [];
  for (let week = 0; week < weekCount; week++) {
    const row: MonthGridDay[] = [];
    for (let column = 0; column < 7; column++) {
      const day = addDays(firstShown, week * 7 + column);
      row.push({ date: day, weekday: isoWeekday(day), inMonth: day.month === date.month && day.year === date.year });
    }
    weeks.push(row);
  }
  return { year: date.year, month: date.month, firstDay, weeks, firstShown, lastShown: addDays(firstShown, weekCount * 7 - 1) };
}

/** The 7 days of the week holding `date`. */
export function weekDays(date: LocalDate, firstDay: IsoWeekday): LocalDate[] {
  const first = startOfWeek(date, firstDay);
  return Array.from({ length: 7 }, (_, index) => addDays(first, index));
}

export interface DayOverflow {
  /** How many events to draw in the cell. */
  shown: number;
  /** How many go behind "+N more" (0 when everything fits). */
  hidden: number;
}

/**
 * How a day cell with room for `capacity` lines shows `count` events. When they do not all fit, one line
 * goes to "+N more", so N is always at least 2 ("+1 more" would take the line the event could have used).
 */
export function dayOverflow(count: number, capacity: number): DayOverflow {
  const room = Math.max(1, Math.floor(capacity));
  if (count <= room) return { shown: count, hidden: 0 };
  const shown = room - 1;
  return { shown, hidden: count - shown };
}
