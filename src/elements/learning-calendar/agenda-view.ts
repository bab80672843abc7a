/** The list view: the days with something on, each a heading and its events in time order. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatLocalDate, sameLocalDate, agendaDays, type CalendarEntry, type DateRange } from '../../core/calendar/index.js';
import { renderEventButton } from './event-button.js';
import type { ViewContext } from './view-context.js';

export function renderAgendaView(context: ViewContext, entries: readonly CalendarEntry[], range: DateRange, period: string): TemplateResult {
  const days = agendaDays(entries, range.from, range.to, context.compare);
  if (days.length === 0) return html`<p class="agenda-empty">${context.messages.nothingOn(period)}</p>`;
  return html`<div class="agenda">
    ${days.map(({ date, segments }) => html`<section class="agenda-day" data-date=${formatLocalDate(date)}>
      <h3 part="day" aria-current=${sameLocalDate(date, context.today) ? 'date' : nothing}>${context.format.fullDate(date)}</h3>
      <ul>
        ${segments.map((segment) => html`<li>${renderEventButton(segment, context)}</li>`)}
      </ul>
    </section>`)}
  </div>`;
}
