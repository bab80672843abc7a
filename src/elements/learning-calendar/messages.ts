/**
 * The calendar's own words in English (other locales: src/i18n/translations/<locale>.ts). Dates, times and numbers are not here:
 * they come from Intl with the element's full language tag.
 */
import type { CalendarView } from '../../core/calendar/views.js';
import type { EventStatus } from '../../core/model.js';
import { defineMessages } from '../../i18n/catalog.js';
import { plural } from '../../i18n/word-forms.js';

export interface CalendarMessages {
  views: Record<CalendarView, string>;
  viewSwitcher: string;
  previous: Record<CalendarView, string>;
  next: Record<CalendarView, string>;
  today: string;
  allDay: string;
  /** "+3 more": the count is already formatted for the locale. */
  more(count: number, formatted: string): string;
  /** "3 events", appended to a day's full date to name its cell. */
  eventCount(count: number, formatted: string): string;
  status: Record<Exclude<EventStatus, 'scheduled'>, string>;
  loading: string;
  loadFailed: string;
  /** The agenda for a period with nothing on: "Nothing on in March 2026". */
  nothingOn(period: string): string;
  /** Label of the scrollable hours of the week view. */
  hours(period: string): string;
  close: string;
  when: string;
  /** Where an online opportunity with no venue happens. */
  online: string;
  /** The list's button that adds the next events: "Show 50 more". */
  showMore(count: number, formatted: string): string;
  /** How much of a long list is on screen, announced politely as more is added: "Showing 100 of 5,000 events". */
  listShown(shown: number, total: number, shownText: string, totalText: string): string;
}

export const calendarMessages = defineMessages('calendar', {
  views: { month: 'Month', week: 'Week', agenda: 'List' },
  viewSwitcher: 'Calendar view',
  previous: { month: 'Previous month', week: 'Previous week', agenda: 'Previous month' },
  next: { month: 'Next month', week: 'Next week', agenda: 'Next month' },
  today: 'Today',
  allDay: 'All day',
  more: (_count, n) => `+${n} more`,
  eventCount: (count, n) => (count === 0 ? 'no events' : plural('en', count, n, { one: '{n} event', other: '{n} events' })),
  status: { cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled', 'moved-online': 'Moved online' },
  loading: 'Loading events…',
  loadFailed: 'The events could not be loaded. Please try again later.',
  nothingOn: (period) => `Nothing on in ${period}.`,
  hours: (period) => `Times, ${period}`,
  close: 'Close',
  when: 'When',
  online: 'Online',
  showMore: (_count, n) => `Show ${n} more`,
  listShown: (_shown, total, shown, n) => plural('en', total, n, { one: `Showing ${shown} of {n} event`, other: `Showing ${shown} of {n} events` }),
});
