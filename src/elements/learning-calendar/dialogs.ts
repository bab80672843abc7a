/**
 * The two modal dialogs: a day's full list (a day's button, or "+N more") and an event's details. Native
 * <dialog> gives the focus trap, Escape and the inert page behind it; the element puts focus back where
 * the visitor was when a dialog closes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatLocalDate, type CalendarEntry, type LocalDate } from '../../core/calendar/index.js';
import type { FeedModel } from '../../core/model.js';
import { renderEventButton, statusWords } from './event-button.js';
import type { ViewContext } from './view-context.js';

export type OpenDialog = { kind: 'day'; date: LocalDate } | { kind: 'event'; entry: CalendarEntry };

function renderDayList(date: LocalDate, context: ViewContext): TemplateResult {
  const segments = context.byDay.get(formatLocalDate(date)) ?? [];
  return html`<h2 id="dialog-title">${context.format.fullDate(date)}</h2>
    <p class="visually-hidden">${context.messages.eventCount(segments.length, context.format.count(segments.length))}</p>
    <ul class="day-list">
      ${segments.map((segment) => html`<li>${renderEventButton(segment, context)}</li>`)}
    </ul>`;
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
): TemplateResult {
  const label = open?.kind === 'event' ? context.textOf(open.entry).title : undefined;
  return html`<dialog aria-labelledby=${label ? nothing : 'dialog-title'} aria-label=${label ?? nothing} @close=${onClose}>
    ${open?.kind === 'day' ? renderDayList(open.date, context) : nothing}
    ${open?.kind === 'event' ? renderEventDetail(open.entry, context, model) : nothing}
    <form method="dialog"><button class="close" part="close">${context.messages.close}</button></form>
  </dialog>`;
}
