/**
 * The month as an APG date grid: a table with role="grid" and one roving tab stop, the focused day.
 * Each day's focus target is its number, a button named by the full date and how many events the day
 * has ("Thursday 19 March 2026, 5 events"); Enter, Space or a click opens the day's full list, where
 * every event is a named button. The event chips in a cell are a pointer shortcut (no tab stop, hidden
 * from assistive technology): announcing every chip on each arrow press would bury the dates.
 *
 * A cell draws only the chips that fit; the rest wait behind "+N more". A busy month would otherwise
 * build tens of thousands of hidden nodes. While printing, cells list every event instead. Chips are
 * plain markup with one click listener on the grid, so a cell costs few nodes and no closures.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  dayOverflow, formatLocalDate, monthGrid, parseLocalDate, sameLocalDate, weekdayOrder,
  type CalendarEntry, type DaySegment, type MonthGridDay,
} from '../../core/calendar/index.js';
import { statusWords } from './event-button.js';
import type { ViewContext } from './view-context.js';

function chipClass(segment: DaySegment<CalendarEntry>): string {
  const entry = segment.span;
  let names = `event status-${entry.occurrence.status}`;
  if (entry.allDay) names += ' all-day';
  if (segment.continuesBefore) names += ' continues-before';
  if (segment.continuesAfter) names += ' continues-after';
  return names;
}

/** A chip: start time and title (the cell is too narrow for more); its status in words when it has one. */
function renderChip(segment: DaySegment<CalendarEntry>, context: ViewContext, printOnly: boolean): TemplateResult {
  const entry = segment.span;
  const { title, titleLang } = context.textOf(entry);
  const time = entry.allDay || segment.continuesBefore ? '' : `${context.format.time(entry.occurrence.startMs)} `;
  const status = statusWords(entry, context);
  return html`<li class=${printOnly ? 'print-only' : ''}><button type="button" part="event" class=${chipClass(segment)} tabindex="-1" data-entry=${entry.id}><span class="time">${time}</span><span class="title" lang=${ifDefined(titleLang)}>${title}</span>${status ? html` <span class="status">${status}</span>` : nothing}</button></li>`;
}

function renderDay(day: MonthGridDay, context: ViewContext): TemplateResult {
  const key = formatLocalDate(day.date);
  const segments = context.byDay.get(key) ?? [];
  const { shown, hidden } = dayOverflow(segments.length, context.dayMaxEvents);
  const focused = sameLocalDate(day.date, context.focus);
  const isToday = sameLocalDate(day.date, context.today);
  const count = context.messages.eventCount(segments.length, context.format.count(segments.length));
  const classes = `day${day.inMonth ? '' : ' outside'}${isToday ? ' today' : ''}${segments.length ? ' has-events' : ''}`;
  const drawn = context.printing ? segments : segments.slice(0, shown);
  const dayParts = `day${day.inMonth ? '' : ' day-outside'}${isToday ? ' day-today' : ''}`;
  const current = isToday ? 'date' : nothing;
  // One line on purpose: whitespace between the cell's children would add text nodes to every day.
  return html`<td part=${dayParts} class=${classes} data-date=${key}><button type="button" class="day-number" tabindex=${focused ? 0 : -1} aria-label=${`${context.format.fullDate(day.date)}, ${count}`} aria-current=${current}>${context.format.dayNumber(day.date)}</button>${drawn.length
    ? html`<ul class="day-events" aria-hidden="true">${drawn.map((segment, index) => renderChip(segment, context, index >= shown))}</ul>`
    : nothing}${hidden
    ? html`<button type="button" class="more" tabindex="-1" aria-hidden="true">${context.messages.more(hidden, context.format.count(hidden))}</button>`
    : nothing}</td>`;
}

/** Clicks in the grid: a chip selects its event; "+N more" and the day's number open the day's list. */
function onGridClick(event: MouseEvent, context: ViewContext): void {
  const target = event.target as Element;
  const cell = target.closest<HTMLElement>('td[data-date]');
  const date = parseLocalDate(cell?.dataset.date);
  if (!cell || !date) return;
  const chip = target.closest<HTMLElement>('button.event');
  if (chip) {
    event.stopPropagation(); // selecting an event does not move the grid's focus
    const segment = context.byDay.get(cell.dataset.date!)?.find((candidate) => candidate.span.id === chip.dataset.entry);
    if (segment) context.select(segment.span);
  } else if (target.closest('.more')) {
    event.stopPropagation();
    context.openDay(date);
  } else if (target.closest('.day-number')) {
    context.openDay(date);
  }
}

export function renderMonthView(context: ViewContext, headingId: string, onKeyDown: (event: KeyboardEvent) => void): TemplateResult {
  const grid = monthGrid(context.focus, context.firstDay);
  return html`<table role="grid" class="month" aria-labelledby=${headingId} @keydown=${onKeyDown} @click=${(event: MouseEvent) => onGridClick(event, context)}>
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
