/**
 * The list view: the days with something on, each a heading and its events in time order. Drawn a page
 * at a time (agendaPage): "Show more" adds the next events, a polite status says how many are shown,
 * and the element moves focus to the first event added.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  AGENDA_PAGE_SIZE, agendaPage, daysInOrder, formatLocalDate, sameLocalDate,
  type DateRange,
} from '../../core/calendar/index.js';
import { renderEventButton } from './event-button.js';
import type { ViewContext } from './view-context.js';

export interface AgendaPaging {
  /** How many events to draw. */
  limit: number;
  /** "Show more" was pressed with `shown` of `total` events on screen. */
  showMore(shown: number, total: number): void;
}

export function renderAgendaView(context: ViewContext, range: DateRange, period: string, paging: AgendaPaging): TemplateResult {
  const days = daysInOrder(context.byDay, range.from, range.to);
  if (days.length === 0) return html`<p class="agenda-empty">${context.messages.nothingOn(period)}</p>`;
  const page = agendaPage(days, paging.limit);
  const { format, messages } = context;
  const rest = page.total - page.shown;
  return html`<div class="agenda">
    ${page.days.map(({ date, segments }) => html`<section class="agenda-day" data-date=${formatLocalDate(date)}>
      <h3 part="day" aria-current=${sameLocalDate(date, context.today) ? 'date' : nothing}>${format.fullDate(date)}</h3>
      <ul>
        ${segments.map((segment) => html`<li>${renderEventButton(segment, context)}</li>`)}
      </ul>
    </section>`)}
    ${page.total > AGENDA_PAGE_SIZE
      ? html`<p class="agenda-shown" role="status">${messages.listShown(page.shown, page.total, format.count(page.shown), format.count(page.total))}</p>`
      : nothing}
    ${rest > 0
      ? html`<button type="button" class="show-more" @click=${() => paging.showMore(page.shown, page.total)}>${messages.showMore(
          Math.min(rest, AGENDA_PAGE_SIZE),
          format.count(Math.min(rest, AGENDA_PAGE_SIZE)),
        )}</button>`
      : nothing}
  </div>`;
}
