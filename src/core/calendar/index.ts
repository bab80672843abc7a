/** DOM-free calendar logic: date arithmetic, grids, keyboard movement, layout. Used by <learning-calendar>. */
export {
  addDays, addMonths, compareLocalDates, daysBetween, daysInMonth, endOfMonth, endOfWeek, formatLocalDate, isoWeekday,
  localDateToUtcNoon, parseLocalDate, sameLocalDate, startOfMonth, startOfWeek,
  type IsoWeekday, type LocalDate,
} from './local-date.js';
export { dayOverflow, monthGrid, weekDays, weekdayOrder, type DayOverflow, type MonthGrid, type MonthGridDay } from './month-grid.js';
export { GRID_KEYS, focusOn, moveFocus, type GridFocus, type GridKeyPress, type GridNavigationOptions } from './navigation.js';
export { firstDayFromTable, firstDayOfWeek, parseFirstDay } from './week-start.js';
export { MINUTES_PER_DAY, agendaDays, daysInOrder, segmentsByDay, type AgendaDay, type CalendarSpan, type DaySegment } from './spans.js';
export { AGENDA_PAGE_SIZE, agendaPage, nextAgendaLimit, type AgendaPage } from './agenda-pages.js';
export { layoutTimeGrid, type PlacedItem, type TimeGridLayoutOptions, type TimedItem } from './time-grid-layout.js';
export { calendarEntries, calendarEntriesInSlices, expansionWindow, spanOf, type CalendarEntry, type DateRange, type EntrySliceOptions } from './entries.js';
export { CALENDAR_VIEWS, isCalendarView, stepView, visibleRange, type CalendarView } from './views.js';
export { listAttribute, organizationKeys, selectForCalendar, type CalendarFilterContext, type CalendarPresets, type CalendarSelection } from './calendar-filters.js';
