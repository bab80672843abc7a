/**
 * What each calendar view shows for a focused day, and how "previous" and "next" move it.
 * The month and the list (agenda) show the focused day's month; the week shows its week.
 */
import { addDays, addMonths, endOfMonth, startOfMonth, type IsoWeekday, type LocalDate } from './local-date.js';
import type { DateRange } from './entries.js';
import { monthGrid, weekDays } from './month-grid.js';
import { focusOn, type GridFocus } from './navigation.js';

export type CalendarView = 'month' | 'week' | 'agenda';

export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'agenda'];

export function isCalendarView(value: unknown): value is CalendarView {
  return typeof value === 'string' && (CALENDAR_VIEWS as readonly string[]).includes(value);
}

/** The days a view draws (and so the only days whose occurrences are expanded). */
export function visibleRange(view: CalendarView, date: LocalDate, firstDay: IsoWeekday): DateRange {
  switch (view) {
    case 'month': {
      const grid = monthGrid(date, firstDay);
      return { from: grid.firstShown, to: grid.lastShown };
    }
    case 'week': {
      const days = weekDays(date, firstDay);
      return { from: days[0]!, to: days[6]! };
    }
    case 'agenda':
      return { from: startOfMonth(date), to: endOfMonth(date) };
  }
}

/** Focus after "previous" (-1) or "next" (+1): a month keeps the remembered day, a week moves 7 days. */
export function stepView(view: CalendarView, focus: GridFocus, step: -1 | 1): GridFocus {
  if (view === 'week') return focusOn(addDays(focus.date, 7 * step));
  return { date: addMonths(focus.date, step, focus.anchorDay), anchorDay: focus.anchorDay };
}
