import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CALENDAR_VIEWS, firstDayOfWeek, focusOn, formatLocalDate, isCalendarView, moveFocus, parseFirstDay, parseLocalDate, stepView, visibleRange, weekDays,
  type CalendarEntry, type CalendarView, type DateRange, type DaySegment, type GridFocus, type IsoWeekday, type LocalDate,
} from '../../core/calendar/index.js';
import type { FeedStatus } from '../../data/store.js';
import { localeChain } from '../../core/text.js';
import { epochMsToLocal, isValidTimeZone } from '../../core/time/index.js';
import { loadOpportunityDetail, prefetchOpportunityDetail } from '../shared/detail-loader.js';
import { stateBoxStyles } from '../shared/styles.js';
import { searchFailedState } from '../shared/search-failed-state.js';
import { StoreController } from '../shared/store-controller.js';
import { CalendarDataCache } from './calendar-data.js';
import { renderAgendaView } from './agenda-view.js';
import { DialogFocus } from './dialog-focus.js';
import { renderDialog, type OpenDialog } from './dialogs.js';
import type { LearningSelectDetail } from './events.js';
import { EntryTextCache, titleOrder } from './entry-text.js';
import { calendarFormat } from './format.js';
import { calendarMessages } from './messages.js';
import { renderMonthView } from './month-view.js';
import { NarrowController } from './narrow-controller.js';
import { PrintController } from './print-controller.js';
import { ListPaging } from './list-paging.js';
import { calendarStyles } from './styles.js';
import type { ViewContext } from './view-context.js';
import { renderWeekView, scrollIntoWorkingHours } from './week-view.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** Below this width (of the element, not the window) the calendar shows the list unless `view` is set. */
export const NARROW_WIDTH = 600;
const HEADING_ID = 'calendar-heading';
const NO_DATA = { entries: [], byDay: new Map<string, DaySegment<CalendarEntry>[]>() };

/**
 * Learning opportunities on a calendar: a month grid, a week time grid or a list by day.
 *
 * @summary A month, week and list calendar of a Learning Feed's opportunities.
 *
 * @csspart header - The bar with the heading, previous/next/today and the view switcher.
 * @csspart view-switcher - The group of Month / Week / List buttons.
 * @csspart day - A day cell of the month, a day heading of the week or of the list.
 * @csspart event - An event button.
 * @csspart close - The close button of the day list and of the event details.
 * @csspart day-outside - Also on a month day cell of the previous or next month.
 * @csspart day-today - Also on today's month day cell.
 * @csspart state - The message when a search could not load (also part "error").
 * @csspart error - The message when a search could not load, with its "Try again" button.
 *
 * @event {CustomEvent<LearningSelectDetail>} learning-select - The visitor picked an event: `{opportunity, occurrence}`.
 *   Cancelable: call preventDefault() to show your own details instead of the calendar's dialog.
 *
 * The details dialog shows `learning-opportunity-detail`, loaded on first use (shared/detail-loader.ts).
 *
 * @cssproperty --learning-calendar-accent - Today, the pressed view and event edges (default: --learning-accent).
 * @cssproperty --learning-calendar-border - Grid lines (default: --learning-border).
 * @cssproperty --learning-calendar-cell-min-height - A month day cell (default: 6.5rem).
 * @cssproperty --learning-calendar-event-background - Event fill (default: a tint of the calendar accent).
 * @cssproperty --learning-calendar-hour-height - One hour in the week view (default: 3rem).
 * @cssproperty --learning-calendar-outside-background - Days of the neighbouring months (default: a light tint).
 * @cssproperty --learning-calendar-week-max-height - Scrolling height of the week's hours (default: 36rem).
 * @cssproperty --learning-font-family - Font family (default: the page's, inherited).
 * @cssproperty --learning-font-size - Base font size (default: the page's, inherited).
 * @cssproperty --learning-text - Text colour.
 * @cssproperty --learning-background - Background of the widget's area (default: transparent in light, painted in dark).
 * @cssproperty --learning-surface - Cards, panels, inputs and dialogs.
 * @cssproperty --learning-accent - Links, buttons, selected and current items.
 * @cssproperty --learning-on-accent - Text on an accent background (pressed buttons, primary actions).
 * @cssproperty --learning-border - Borders and grid lines.
 * @cssproperty --learning-muted - Secondary text: counts, providers, hints.
 * @cssproperty --learning-danger - Error messages and the border of error states.
 * @cssproperty --learning-focus - Focus ring.
 * @cssproperty --learning-radius - Corner radius (default 0.5rem).
 */
export class LearningCalendar extends LocalizedElement {
  static override styles = [calendarStyles, stateBoxStyles];

  private readonly feed = new StoreController(this, { getSrc: () => this.src });
  private readonly width = new NarrowController(this, NARROW_WIDTH);
  private readonly print = new PrintController(this, () => {
    this.requestUpdate();
    this.performUpdate();
  });

  /** Space-separated feed URLs; not needed inside a `<learning-feed>`. */
  @property() src = '';
  /** "month", "week" or "agenda". Pinning a view also keeps it at narrow widths. */
  @property({ reflect: true }) view?: CalendarView;
  /** The day to open on, YYYY-MM-DD (default: today in the calendar's zone). */
  @property() date?: string;
  /** Zone times are shown in: an IANA name or "local" (the visitor's device); default the feed's. */
  @property() timezone?: string;
  /** First day of the week: 1–7 (Monday–Sunday) or a day name; default from the language. */
  @property({ attribute: 'first-day' }) firstDay?: string;
  /** Only these topics (space- or comma-separated), on top of the visitor's filters. */
  @property() topics?: string;
  /** Only these organizations (ids as in the feed, space- or comma-separated). */
  @property() organization?: string;
  /** Events shown in a month cell before "+N more". */
  @property({ type: Number, attribute: 'day-max-events' }) dayMaxEvents = 3;
  /** light, dark, or auto (follows the reader's colour scheme); elements inside a themed element or `<learning-feed>` follow it. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  @state() private focusState?: GridFocus;
  @state() private chosenView?: CalendarView;
  @state() private openDialog?: OpenDialog;

  private readonly data = new CalendarDataCache(() => this.requestUpdate());
  /** The visible range of a big feed is still being expanded (CalendarDataCache works in slices). */
  private dataPending = false;
  private readonly texts = new EntryTextCache();
  private focusCellAfterUpdate = false;
  private readonly dialogFocus = new DialogFocus(() => this.shadowRoot, () => this.rovingDay());
  private compareFor?: { tag: string; compare: (a: CalendarEntry, b: CalendarEntry) => number };
  private readonly agendaPages = new ListPaging(this, '.agenda button.event');
  private readonly dayPages = new ListPaging(this, 'dialog .day-list button.event');
  private scrolledWeek?: string;
  private warnedZone?: string;

  /** Where loading the feed stands: "idle" (no feed), "loading", "ready", "stale" or "error". */
  get feedStatus(): FeedStatus {
    return this.feed.status;
  }

  /** The view on screen: the visitor's pick, else `view`, else list when narrow, else month. */
  get activeView(): CalendarView {
    if (this.chosenView) return this.chosenView;
    if (isCalendarView(this.view)) return this.view;
    return this.width.narrow ? 'agenda' : 'month';
  }

  /** The IANA zone times are shown in. */
  get timeZone(): string {
    const requested = this.timezone?.trim() || this.closest('learning-feed')?.getAttribute('timezone')?.trim() || '';
    // Asked for only when needed: building a formatter to read the device's zone is not free, and this runs per render.
    const local = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (requested === 'local') return local();
    if (requested && isValidTimeZone(requested)) return requested;
    if (requested && this.warnedZone !== requested) {
      this.warnedZone = requested;
      console.warn(`<learning-calendar>: timezone="${requested}" is not an IANA time zone this browser knows; showing the feed's zone.`);
    }
    return this.feed.model?.feeds[0]?.timeZone ?? local();
  }

  /** Also waits for a big feed's range to be expanded (in slices) and drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    while (this.data.busy) {
      await this.data.settled;
      await super.getUpdateComplete();
    }
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element's modal dialog leaves the top layer without a close event: forget it, so a
    // calendar put back on the page does not reopen it over the page.
    this.openDialog = undefined;
    this.dialogFocus.forget();
    this.data.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('date') || !this.focusState) {
      const requested = parseLocalDate(this.date);
      if (this.date && !requested) console.warn(`<learning-calendar>: date="${this.date}" is not a YYYY-MM-DD date; opening on today.`);
      this.focusState = focusOn(requested ?? this.today());
    }
    if (changed.has('view')) this.chosenView = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feed.srcChanged();
    if (this.focusCellAfterUpdate) {
      this.focusCellAfterUpdate = false;
      this.rovingDay()?.focus();
    }
    this.dialogFocus.sync(!!this.openDialog);
    const weekKey = () => formatLocalDate(weekDays(this.focusState!.date, this.weekStart)[0]!);
    this.scrolledWeek = scrollIntoWorkingHours(this.renderRoot, weekKey, this.scrolledWeek);
    if (this.feed.model) prefetchOpportunityDetail();
  }

  private rovingDay(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('td[data-date] [tabindex="0"]');
  }

  private today(): LocalDate {
    return parseLocalDate(epochMsToLocal(Date.now(), this.timeZone).slice(0, 10)) ?? { year: 1970, month: 1, day: 1 };
  }

  private get weekStart(): IsoWeekday {
    return parseFirstDay(this.firstDay) ?? firstDayOfWeek(this.locale.tag);
  }

  private moveTo(focus: GridFocus, focusCell: boolean): void {
    this.focusState = focus;
    this.focusCellAfterUpdate = focusCell && this.activeView === 'month';
  }

  private onGridKeyDown = (event: KeyboardEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-date]');
    const date = parseLocalDate(cell?.dataset.date);
    if (!cell || !date || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = moveFocus(this.focusState ?? focusOn(date), event, { firstDay: this.weekStart, direction: this.locale.direction });
    if (!next) return;
    event.preventDefault();
    this.moveTo(next, true);
  };

  /** A click anywhere in a day makes it the grid's tab stop (its number button also opens the list). */
  private onGridClick = (event: MouseEvent): void => {
    const date = parseLocalDate((event.target as Element).closest<HTMLElement>('td[data-date]')?.dataset.date);
    if (date) this.moveTo(focusOn(date), !this.openDialog);
  };

  private openDay(date: LocalDate): void {
    this.dialogFocus.remember(!!this.openDialog);
    this.openDialog = { kind: 'day', date };
    this.dayPages.reset();
  }

  private select(entry: CalendarEntry): void {
    const detail: LearningSelectDetail = { opportunity: entry.opportunity, occurrence: entry.occurrence };
    const event = new CustomEvent<LearningSelectDetail>('learning-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    this.dialogFocus.remember(!!this.openDialog);
    this.openDialog = { kind: 'event', entry };
    // Usually prefetched by now; if not, the dialog opens at once and the detail fills in when it arrives.
    void loadOpportunityDetail().catch(() => undefined);
  }

  private onDialogClose = (): void => {
    this.openDialog = undefined;
    this.dialogFocus.restore();
  };

  private compare(tag: string): (a: CalendarEntry, b: CalendarEntry) => number {
    if (this.compareFor?.tag !== tag) this.compareFor = { tag, compare: titleOrder(tag, localeChain(tag)) };
    return this.compareFor.compare;
  }

  private viewContext(focus: LocalDate, today: LocalDate): ViewContext {
    const tag = this.locale.tag;
    const zone = this.timeZone;
    const messages = calendarMessages.for(this.locale.uiLocale);
    const model = this.feed.model;
    const range = visibleRange(this.activeView, focus, this.weekStart);
    const compare = this.compare(tag);
    const data = model
      ? this.data.get({ model, filters: this.feed.filters, topics: this.topics, organization: this.organization, zone, range, compare })
      : NO_DATA;
    this.dataPending = !data;
    return {
      format: calendarFormat(tag, zone),
      messages,
      firstDay: this.weekStart,
      focus,
      today,
      byDay: (data ?? NO_DATA).byDay,
      dayMaxEvents: Math.max(1, Math.floor(this.dayMaxEvents) || 3),
      printing: this.print.printing,
      textOf: this.texts.textOf(model, localeChain(tag, model?.feeds[0]?.language), messages.online),
      compare,
      select: (entry) => this.select(entry),
      openDay: (date) => this.openDay(date),
    };
  }

  private renderAgenda(context: ViewContext, range: DateRange, period: string) {
    this.agendaPages.startFor(context.byDay); // a new period or filter starts from its first page
    return renderAgendaView(context, range, period, this.agendaPages);
  }

  protected override render() {
    const today = this.today();
    const focus = this.focusState?.date ?? today;
    const view = this.activeView;
    const context = this.viewContext(focus, today);
    const { format, messages } = context;
    const range = visibleRange(view, focus, this.weekStart);
    const period = view === 'week' ? format.dateRange(range.from, range.to) : format.month(focus);
    const status = this.feed.status;
    const step = (direction: -1 | 1) => () => this.moveTo(stepView(view, this.focusState ?? focusOn(focus), direction), false);
    return html`<div class=${`calendar view-${view} ${this.locale.direction}`} dir=${this.locale.direction}>
      <div class="header" part="header">
        <h2 id=${HEADING_ID} aria-live="polite">${period}</h2>
        <div class="nav">
          <button type="button" class="arrow" aria-label=${messages.previous[view]} @click=${step(-1)}><span aria-hidden="true">‹</span></button>
          <button type="button" class="today-button" @click=${() => this.moveTo(focusOn(today), false)}>${messages.today}</button>
          <button type="button" class="arrow" aria-label=${messages.next[view]} @click=${step(1)}><span aria-hidden="true">›</span></button>
        </div>
        <div class="views" role="group" aria-label=${messages.viewSwitcher} part="view-switcher">
          ${CALENDAR_VIEWS.map((option) => html`<button type="button" aria-pressed=${option === view ? 'true' : 'false'} data-view=${option}
            @click=${() => (this.chosenView = option)}>${messages.views[option]}</button>`)}
        </div>
      </div>
      ${this.dataPending && this.data.searchFailed
        ? searchFailedState(this.locale.uiLocale, () => this.data.retrySearch())
        : (status === 'loading' && !this.feed.model) || this.dataPending ? html`<p class="message" role="status">${messages.loading}</p>` : nothing}
      ${status === 'error' && !this.feed.model ? html`<p class="message" role="alert">${messages.loadFailed}</p>` : nothing}
      ${view === 'month'
        ? html`<div @click=${this.onGridClick}>${renderMonthView(context, HEADING_ID, this.onGridKeyDown)}</div>`
        : view === 'week'
          ? renderWeekView(context, period)
          : this.dataPending ? nothing : this.renderAgenda(context, range, period)}
      ${renderDialog(this.openDialog, context, this.feed.model, this.onDialogClose, this.dayPages)}
    </div>`;
  }
}
