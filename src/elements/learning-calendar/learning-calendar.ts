import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CALENDAR_VIEWS, firstDayOfWeek, focusOn, formatLocalDate, isCalendarView, moveFocus, parseFirstDay, parseLocalDate,
  stepView, visibleRange, weekDays,
  type CalendarEntry, type CalendarView, type GridFocus, type IsoWeekday, type LocalDate,
} from '../../core/calendar/index.js';
import type { FeedStatus } from '../../data/store.js';
import { localeChain, resolveText, resolveTextLanguage } from '../../core/text.js';
import { epochMsToLocal, isValidTimeZone } from '../../core/time/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { messagesFor } from '../../i18n/locales.js';
import { StoreController } from '../shared/store-controller.js';
import { CalendarDataCache } from './calendar-data.js';
import { renderAgendaView } from './agenda-view.js';
import { renderDialog, type OpenDialog } from './dialogs.js';
import type { LearningSelectDetail } from './events.js';
import { CalendarFormat } from './format.js';
import { calendarMessages } from './messages.js';
import { renderMonthView } from './month-view.js';
import { calendarStyles } from './styles.js';
import type { EntryText, ViewContext } from './view-context.js';
import { renderWeekView } from './week-view.js';

/** Below this width (of the element, not the window) the calendar shows the list unless `view` is set. */
export const NARROW_WIDTH = 600;
const HEADING_ID = 'calendar-heading';

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
 *
 * @event {CustomEvent<LearningSelectDetail>} learning-select - The visitor picked an event: `{opportunity, occurrence}`.
 *   Cancelable: call preventDefault() to show your own details instead of the calendar's dialog.
 *
 * Register `learning-opportunity-detail` too (define.ts does) for the details dialog.
 */
export class LearningCalendar extends LitElement {
  static override styles = calendarStyles;

  private readonly locale = new LocaleController(this);
  private readonly feed = new StoreController(this, { getSrc: () => this.src });

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

  @state() private focusState?: GridFocus;
  @state() private chosenView?: CalendarView;
  @state() private narrow = false;
  @state() private openDialog?: OpenDialog;

  private readonly data = new CalendarDataCache();
  private resizeObserver?: ResizeObserver;
  private focusCellAfterUpdate = false;
  private returnFocusTo?: HTMLElement;
  private compareFor?: { tag: string; compare: (a: CalendarEntry, b: CalendarEntry) => number };
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
    return this.narrow ? 'agenda' : 'month';
  }

  /** The IANA zone times are shown in. */
  get timeZone(): string {
    const requested = this.timezone?.trim() || this.closest('learning-feed')?.getAttribute('timezone')?.trim() || '';
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (requested === 'local') return local;
    if (requested && isValidTimeZone(requested)) return requested;
    if (requested && this.warnedZone !== requested) {
      this.warnedZone = requested;
      console.warn(`<learning-calendar>: timezone="${requested}" is not an IANA time zone this browser knows; showing the feed's zone.`);
    }
    return this.feed.model?.feeds[0]?.timeZone ?? local;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((records) => {
      const width = records[0]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < NARROW_WIDTH;
      // Changing the view changes the height: apply it next frame, outside the observer's delivery loop.
      if (width > 0 && narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
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
    this.syncDialog();
    this.scrollWeekIntoWorkingHours();
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
    this.rememberFocus();
    this.openDialog = { kind: 'day', date };
  }

  private select(entry: CalendarEntry): void {
    const detail: LearningSelectDetail = { opportunity: entry.opportunity, occurrence: entry.occurrence };
    const event = new CustomEvent<LearningSelectDetail>('learning-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    this.rememberFocus();
    this.openDialog = { kind: 'event', entry };
  }

  private rememberFocus(): void {
    if (this.openDialog) return; // already in a dialog: keep the place the first one was opened from
    const active = this.shadowRoot?.activeElement;
    this.returnFocusTo = active instanceof HTMLElement ? active : undefined;
  }

  private syncDialog(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.openDialog && !dialog.open) dialog.showModal();
    else if (!this.openDialog && dialog.open) dialog.close();
    // Switching a day list to an event's details removes the button that had focus: move it into the dialog.
    if (dialog.open && !dialog.contains(this.shadowRoot?.activeElement ?? null)) dialog.querySelector<HTMLElement>('a, button')?.focus();
  }

  private onDialogClose = (): void => {
    this.openDialog = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    // The cell may have been re-rendered while the dialog was open; fall back to the roving cell.
    if (target?.isConnected) target.focus();
    else this.rovingDay()?.focus();
  };

  /** Opening a week at midnight shows empty hours; start at 08:00 or the earliest event, whichever is first. */
  private scrollWeekIntoWorkingHours(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.time-grid');
    const weekKey = grid ? formatLocalDate(weekDays(this.focusState!.date, this.weekStart)[0]!) : undefined;
    if (!grid || weekKey === this.scrolledWeek) {
      this.scrolledWeek = weekKey;
      return;
    }
    this.scrolledWeek = weekKey;
    const tops = [...grid.querySelectorAll<HTMLElement>('.timed')].map((item) => parseFloat(item.style.top));
    const startPercent = Math.min((8 / 24) * 100, ...tops);
    grid.scrollTop = (startPercent / 100) * grid.scrollHeight;
  }

  private compare(tag: string): (a: CalendarEntry, b: CalendarEntry) => number {
    if (this.compareFor?.tag !== tag) {
      const collator = new Intl.Collator(tag);
      const locales = localeChain(tag);
      const title = (entry: CalendarEntry) => resolveText(entry.occurrence.name ?? entry.opportunity.name, locales);
      this.compareFor = { tag, compare: (a, b) => collator.compare(title(a), title(b)) || collator.compare(a.id, b.id) };
    }
    return this.compareFor.compare;
  }

  private viewContext(focus: LocalDate, today: LocalDate): { context: ViewContext; entries: CalendarEntry[] } {
    const tag = this.locale.tag;
    const zone = this.timeZone;
    const messages = messagesFor(calendarMessages, this.locale.uiLocale);
    const model = this.feed.model;
    const range = visibleRange(this.activeView, focus, this.weekStart);
    const compare = this.compare(tag);
    const data = model
      ? this.data.get({ model, filters: this.feed.filters, topics: this.topics, organization: this.organization, zone, range, compare })
      : { entries: [], byDay: new Map() };
    const locales = localeChain(tag, model?.feeds[0]?.language);
    const texts = new Map<string, EntryText>();
    const textOf = (entry: CalendarEntry): EntryText => {
      let text = texts.get(entry.id);
      if (!text) {
        const name = entry.occurrence.name ?? entry.opportunity.name;
        const placeName = entry.opportunity.placeKey ? model?.places.get(entry.opportunity.placeKey)?.name : undefined;
        text = {
          title: resolveText(name, locales),
          titleLang: resolveTextLanguage(name, locales),
          place: placeName ? resolveText(placeName, locales) : entry.opportunity.attendanceMode === 'online' ? messages.online : '',
        };
        texts.set(entry.id, text);
      }
      return text;
    };
    const context: ViewContext = {
      format: new CalendarFormat(tag, zone),
      messages,
      firstDay: this.weekStart,
      focus,
      today,
      byDay: data.byDay,
      dayMaxEvents: Math.max(1, Math.floor(this.dayMaxEvents) || 3),
      textOf,
      compare,
      select: (entry) => this.select(entry),
      openDay: (date) => this.openDay(date),
    };
    return { context, entries: data.entries };
  }

  protected override render() {
    const focus = this.focusState?.date ?? this.today();
    const today = this.today();
    const view = this.activeView;
    const { context, entries } = this.viewContext(focus, today);
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
      ${status === 'loading' && !this.feed.model ? html`<p class="message" role="status">${messages.loading}</p>` : nothing}
      ${status === 'error' && !this.feed.model ? html`<p class="message" role="alert">${messages.loadFailed}</p>` : nothing}
      ${view === 'month'
        ? html`<div @click=${this.onGridClick}>${renderMonthView(context, HEADING_ID, this.onGridKeyDown)}</div>`
        : view === 'week'
          ? renderWeekView(context, period)
          : renderAgendaView(context, entries, range, period)}
      ${renderDialog(this.openDialog, context, this.feed.model, this.onDialogClose)}
    </div>`;
  }
}
