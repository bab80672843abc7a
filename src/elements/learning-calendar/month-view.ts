/**
 * The month as an APG date grid: a table with role="grid" and one roving tab stop, the focused day.
 * Each day's focus target is its number, a button named by the full date and how many events the day
 * has ("Thursday 19 March 2026, 5 events"); Enter, Space or a click opens the day's full list, where
 * every event is a named button. The event chips in a cell are a pointer shortcut (no tab stop, hidden
 * from assistive technology): announcing every chip on each arrow press would bury the dates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import {
  dayOverflow, formatLocalDate, monthGrid, sameLocalDate, weekdayOrder,
  type MonthGridDay,
} from '../../core/calendar/index.js';
import { renderEventButton } from './event-button.js';
import type { ViewContext } from './view-context.js';

function renderDay(day: MonthGridDay, context: ViewContext): TemplateResult {
  const key = formatLocalDate(day.date);
  const segments = context.byDay.get(key) ?? [];
  const { shown, hidden } = dayOverflow(segments.length, context.dayMaxEvents);
  const focused = sameLocalDate(day.date, context.focus);
  const isToday = sameLocalDate(day.date, context.today);
  const name = `${context.format.fullDate(day.date)}, ${context.messages.eventCount(segments.length, context.format.count(segments.length))}`;
  const classes = { day: true, outside: !day.inMonth, today: isToday, 'has-events': segments.length > 0 };
  return html`<td part=${`day${day.inMonth ? '' : ' day-outside'}${isToday ? ' day-today' : ''}`} class=${classMap(classes)} data-date=${key}>
    <button
      type="button"
      class="day-number"
      tabindex=${focused ? 0 : -1}
      aria-label=${name}
      aria-current=${isToday ? 'date' : nothing}
      @click=${() => context.openDay(day.date)}
    >${context.format.dayNumber(day.date)}</button>
    ${segments.length
      ? html`<ul class="day-events" aria-hidden="true">
          ${segments.map((segment, index) => html`<li class=${index < shown ? '' : 'print-only'}>
            ${renderEventButton(segment, context, { compact: true, tabIndex: -1 })}
          </li>`)}
        </ul>`
      : nothing}
    ${hidden
      ? html`<button type="button" class="more" tabindex="-1" aria-hidden="true" @click=${(event: Event) => {
          event.stopPropagation();
          context.openDay(day.date);
        }}>${context.messages.more(hidden, context.format.count(hidden))}</button>`
      : nothing}
  </td>`;
}

export function renderMonthView(context: ViewContext, headingId: string, onKeyDown: (event: KeyboardEvent) => void): TemplateResult {
  const grid = monthGrid(context.focus, context.firstDay);
  return html`<table role="grid" class="month" aria-labelledby=${headingId} @keydown=${onKeyDown}>
    <thead>
      <tr>
        ${weekdayOrder(context.firstDay).map((weekday) => html`<th scope="col">
          <span aria-hidden="true">${context.format.weekday(weekday, 'short')}</span>
          <span class="visually-hidden">${context.format.weekday(weekday, 'long')}</span>
        </th>`)}
      </tr>
    </thead>
    <tbody>
      ${grid.weeks.map((week) => html`<tr>${week.map((day) => renderDay(day, context))}</tr>`)}
    </tbody>
  </table>`;
}
