/**
 * The two modal dialogs: a day's full list (a day's button, or "+N more") and an event's details. Native
 * <dialog> gives the focus trap, Escape and the inert page behind it; the element puts focus back where
 * the visitor was when a dialog closes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AGENDA_PAGE_SIZE, formatLocalDate, type CalendarEntry, type LocalDate } from '../../core/calendar/index.js';
import type { AgendaPaging } from './agenda-view.js';
import type { FeedModel } from '../../core/model.js';
import { renderEventButton, statusWords } from './event-button.js';
import type { ViewContext } from './view-context.js';

export type OpenDialog = { kind: 'day'; date: LocalDate } | { kind: 'event'; entry: CalendarEntry };

/**
 * A day's list, a page at a time like the list view: a day of a huge feed can hold thousands of
 * events, and a dialog of thousands of buttons takes seconds to open. "Show more" adds the next page
 * and the element moves focus to the first event added.
 */
function renderDayList(date: LocalDate, context: ViewContext, paging: AgendaPaging): TemplateResult {
  const segments = context.byDay.get(formatLocalDate(date)) ?? [];
  const { format, messages } = context;
  const total = segments.length;
  const shown = Math.min(total, Math.max(1, paging.limit));
  const next = Math.min(total - shown, AGENDA_PAGE_SIZE);
  return html`<h2 id="dialog-title">${format.fullDate(date)}</h2>
    <p class="visually-hidden">${messages.eventCount(total, format.count(total))}</p>
    <ul class="day-list">
      ${segments.slice(0, shown).map((segment) => html`<li>${renderEventButton(segment, context)}</li>`)}
    </ul>
    ${total > AGENDA_PAGE_SIZE
      ? html`<p class="agenda-shown" role="status">${messages.listShown(shown, total, format.count(shown), format.count(total))}</p>`
      : nothing}
    ${next > 0
      ? html`<button type="button" class="show-more" @click=${() => paging.showMore(shown, total)}>${messages.showMore(next, format.count(next))}</button>`
      : nothing}`;
}

/**
 * The selected occurrence (its own date and status: one week of a class can be cancelled), then the
 * shared <learning-opportunity-detail>. Its "now" is the occurrence's start, so its next dates and its
 * "add to calendar" begin with the occurrence the visitor picked.
 */
function renderEventDetail(entry: CalendarEntry, context: ViewContext, model: FeedModel | undefined): TemplateResult {
  const status = statusWords(entry, context);
  return html`<p class=${`selected-occurrence status-${entry.occurrence.status}`}>
      <strong>${context.messages.when}</strong>
      <span class="title">${context.format.longWhen(entry, context.messages.allDay)}</span>${status
        ? html`<span class="visually-hidden">, </span> <span class="status">${status}</span>`
        : nothing}
    </p>
    <learning-opportunity-detail .opportunity=${entry.opportunity} .model=${model} .now=${entry.occurrence.startMs}></learning-opportunity-detail>`;
}

export function renderDialog(
  open: OpenDialog | undefined,
  context: ViewContext,
  model: FeedModel | undefined,
  onClose: () => void,
  dayPaging: AgendaPaging,
): TemplateResult {
  const label = open?.kind === 'event' ? context.textOf(open.entry).title : undefined;
  return html`<dialog aria-labelledby=${label ? nothing : 'dialog-title'} aria-label=${label ?? nothing} @close=${onClose}>
    ${open?.kind === 'day' ? renderDayList(open.date, context, dayPaging) : nothing}
    ${open?.kind === 'event' ? renderEventDetail(open.entry, context, model) : nothing}
    <form method="dialog"><button class="close" part="close">${context.messages.close}</button></form>
  </dialog>`;
}
