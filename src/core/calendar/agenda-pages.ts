/**
 * The list view in pages. A month of a busy feed (a mobile library's thousands of weekly stops) would
 * otherwise draw every occurrence at once: a phone page hundreds of thousands of pixels tall. The list
 * draws the first page, and each "Show more" adds the next, so what is drawn grows only on request.
 */
import type { AgendaDay, CalendarSpan } from './spans.js';

/** Events the list draws at first and adds per "Show more". */
export const AGENDA_PAGE_SIZE = 50;

export interface AgendaPage<T extends CalendarSpan> {
  /** The days to draw; the last may hold only the first part of its events. */
  days: AgendaDay<T>[];
  /** Events (day segments) in `days`. */
  shown: number;
  /** Events in the whole period. */
  total: number;
}

/** The first `limit` events of `days` (at least one when there are any), keeping each day's order. */
export function agendaPage<T extends CalendarSpan>(days: readonly AgendaDay<T>[], limit: number): AgendaPage<T> {
  const wanted = Math.max(1, Math.floor(limit) || 1);
  const total = days.reduce((sum, day) => sum + day.segments.length, 0);
  const shownDays: AgendaDay<T>[] = [];
  let shown = 0;
  for (const day of days) {
    if (shown >= wanted) break;
    const room = wanted - shown;
    const segments = day.segments.length <= room ? day.segments : day.segments.slice(0, room);
    shownDays.push(segments === day.segments ? day : { date: day.date, segments });
    shown += segments.length;
  }
  return { days: shownDays, shown, total };
}

/** How many events to draw after one more "Show more" from `shown` (never past `total`). */
export function nextAgendaLimit(shown: number, total: number, pageSize: number = AGENDA_PAGE_SIZE): number {
  return Math.min(total, shown + Math.max(1, Math.floor(pageSize) || 1));
}
