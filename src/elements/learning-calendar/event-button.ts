/**
 * One event as a button: time, title, place and (when it is not going ahead as planned) its status in
 * words. The button's name comes from its content, so what a sighted user reads is what is announced.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CalendarEntry, DaySegment } from '../../core/calendar/index.js';
import type { ViewContext } from './view-context.js';

export interface EventButtonOptions {
  /**
   * Month cells: the start time and the title only. These chips sit in a list hidden from assistive
   * technology (the day's button and its full list speak for them), so they carry no extra words.
   */
  compact?: boolean;
  /** -1 inside the month grid, where the day cell is the single tab stop. */
  tabIndex?: number;
  className?: string;
}

/** A pause for screen readers between the pieces the layout puts on separate lines. */
const separator = html`<span class="visually-hidden">, </span>`;

export function statusWords(entry: CalendarEntry, context: ViewContext): string | undefined {
  const status = entry.occurrence.status;
  return status === 'scheduled' ? undefined : context.messages.status[status];
}

export function renderEventButton(
  segment: DaySegment<CalendarEntry>,
  context: ViewContext,
  options: EventButtonOptions = {},
): TemplateResult {
  const entry = segment.span;
  const { title, titleLang, place } = context.textOf(entry);
  const status = statusWords(entry, context);
  const compactTime = entry.allDay || segment.continuesBefore ? '' : context.format.time(entry.occurrence.startMs);
  const titleSpan = html`<span class="title" lang=${ifDefined(titleLang)}>${title}</span>`;
  const classes: Record<string, boolean> = {
    event: true,
    'all-day': entry.allDay,
    [`status-${entry.occurrence.status}`]: true,
    'continues-before': segment.continuesBefore,
    'continues-after': segment.continuesAfter,
  };
  if (options.className) classes[options.className] = true;
  return html`<button
    type="button"
    part="event"
    class=${classMap(classes)}
    tabindex=${ifDefined(options.tabIndex)}
    data-entry=${entry.id}
    @click=${(event: Event) => {
      event.stopPropagation();
      context.select(entry);
    }}
  >
    ${options.compact
      ? html`${compactTime ? html`<span class="time">${compactTime}</span> ` : nothing}${titleSpan}`
      : html`<span class="time">${context.format.when(entry, context.messages.allDay)}</span>${separator}${titleSpan}${place
          ? html`${separator}<span class="place">${place}</span>`
          : nothing}`}${status
      ? html`${separator}<span class="status">${status}</span>`
      : nothing}
  </button>`;
}
