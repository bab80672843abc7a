/**
 * The week as a time grid: a row of all-day events under the day headings, then 24 hours with each
 * timed event placed by its wall-clock time in the display zone. Overlapping events sit side by side
 * (layoutTimeGrid). Each day is a labelled list, so a screen reader hears the week in time order.
 */
import { cssProperties } from '../shared/css-properties.js';
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import {
  MINUTES_PER_DAY, formatLocalDate, isoWeekday, layoutTimeGrid, sameLocalDate, weekDays,
  type CalendarEntry, type DaySegment, type LocalDate,
} from '../../core/calendar/index.js';
import { renderEventButton } from './event-button.js';
import type { ViewContext } from './view-context.js';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/**
 * Events a day of the week draws before "+N more" (which opens the day's list): past a couple of dozen
 * side by side nothing is readable, and a day of a huge feed would otherwise build thousands of buttons.
 */
export const WEEK_DAY_MAX_EVENTS = 24;

function percent(minutes: number): string {
  return `${((minutes / MINUTES_PER_DAY) * 100).toFixed(4)}%`;
}

function renderTimedDay(day: LocalDate, segments: DaySegment<CalendarEntry>[], context: ViewContext): TemplateResult {
  const timed = segments.filter((segment) => !segment.span.allDay);
  const placed = layoutTimeGrid(timed, { minimumMinutes: 30 });
  return html`<ul class="day-column" aria-label=${context.format.fullDate(day)} data-date=${formatLocalDate(day)}>
    ${placed.map(({ item, column, columns, top, bottom }) => {
      const position = cssProperties({
        top: percent(top),
        height: percent(bottom - top),
        'inset-inline-start': `${((column / columns) * 100).toFixed(4)}%`,
        width: `${(100 / columns).toFixed(4)}%`,
      });
      return html`<li class="timed" ${position}>${renderEventButton(item, context)}</li>`;
    })}
  </ul>`;
}

export function renderWeekView(context: ViewContext, period: string): TemplateResult {
  const days = weekDays(context.focus, context.firstDay);
  const allOf = (day: LocalDate) => context.byDay.get(formatLocalDate(day)) ?? [];
  const segmentsOf = (day: LocalDate) => (context.printing ? allOf(day) : allOf(day).slice(0, WEEK_DAY_MAX_EVENTS));
  return html`<div class="week">
    <div class="week-head">
      <div class="rail-spacer" aria-hidden="true"></div>
      ${days.map((day) => {
        const allDay = segmentsOf(day).filter((segment) => segment.span.allDay);
        const isToday = sameLocalDate(day, context.today);
        const hidden = allOf(day).length - segmentsOf(day).length;
        return html`<div class=${classMap({ 'week-day': true, today: isToday })} part="day" data-date=${formatLocalDate(day)}>
          <h3 class="week-day-name" aria-current=${isToday ? 'date' : nothing}>
            <span aria-hidden="true">${context.format.weekday(isoWeekday(day), 'short')} ${context.format.dayNumber(day)}</span>
            <span class="visually-hidden">${context.format.fullDate(day)}</span>
          </h3>
          ${allDay.length
            ? html`<ul class="all-day" aria-label=${context.messages.allDay}>
                ${allDay.map((segment) => html`<li>${renderEventButton(segment, context)}</li>`)}
              </ul>`
            : nothing}
          ${hidden > 0
            ? html`<button type="button" class="more" aria-haspopup="dialog" @click=${() => context.openDay(day)}>${context.messages.more(hidden, context.format.count(hidden))}</button>`
            : nothing}
        </div>`;
      })}
    </div>
    <div class="time-grid" tabindex="0" role="region" aria-label=${context.messages.hours(period)}>
      <div class="hours" aria-hidden="true">
        ${HOURS.map((hour) => html`<div class="hour">${hour === 0 ? '' : context.format.hour(hour)}</div>`)}
      </div>
      ${days.map((day) => renderTimedDay(day, segmentsOf(day), context))}
    </div>
  </div>`;
}

/**
 * Opening a week at midnight shows empty hours: a week newly on screen is scrolled to 08:00 or its
 * earliest event, whichever is first. Returns the week now shown, to pass in next time.
 */
export function scrollIntoWorkingHours(root: ParentNode, weekKey: () => string, scrolledWeek: string | undefined): string | undefined {
  const grid = root.querySelector<HTMLElement>('.time-grid');
  const shown = grid ? weekKey() : undefined;
  if (!grid || shown === scrolledWeek) return shown;
  const tops = [...grid.querySelectorAll<HTMLElement>('.timed')].map((item) => parseFloat(item.style.top));
  const startPercent = Math.min((8 / 24) * 100, ...tops);
  grid.scrollTop = (startPercent / 100) * grid.scrollHeight;
  return shown;
}
