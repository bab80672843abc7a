import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Opportunity, OpportunityFilters } from '../../core/model.js';
import type { FacetName, SortOrder } from '../../core/search/index.js';
import { localeChain, resolveText } from '../../core/text.js';
import { isValidTimeZone } from '../../core/time/index.js';
import { numberFormat } from '../shared/formatters.js';
import { sharedMessages } from '../shared/messages.js';
import { emptyState, errorState, loadingState } from '../shared/states.js';
import { StoreController } from '../shared/store-controller.js';
import { prefetchOpportunityDetail } from '../shared/detail-loader.js';
import { deepActiveElement, focusCard, renderDetailDialog, showDetail } from './detail-dialog.js';
import type { LearningFilterChangeDetail } from './events.js';
import { DEFAULT_RADIUS_KM, renderFacets, renderFiltersFrame, type GeoState } from './facets-panel.js';
import { reportLoadErrors } from './feed-report.js';
import { filterActions, filterValueLabel, type FilterActionsHost } from './filter-actions.js';
import { ResultsCache } from './finder-results.js';
import { LiveAnnouncer } from './live-announcer.js';
import { NarrowController } from './narrow-controller.js';
import { finderMessages, type FinderMessages } from './messages.js';
import { placeChoices } from './place-search.js';
import { activeFilterCount, KNOWN_FACETS, parseFacets, presetFilters } from './presets.js';
import { renderResults, showEarlierWindow, showMoreWindow, type ResultWindow } from './results-list.js';
import { SearchBox } from './search-box.js';
import { IncrementalSearchIndex } from './search-builder.js';
import { finderStyles, NARROW_WIDTH } from './styles.js';
import { referenceId, resolveReferences, urlPrefix } from './url-state.js';
import { AddressSync, applyStartingView, type HistoryMode } from './url-sync.js';
import type { FinderView } from './url-state.js';
import { waysOut } from './ways-out.js';
import { LocalizedElement } from '../shared/localized-element.js';

/**
 * Search, filter and browse a Learning Feed's opportunities: a search box, facets with live counts,
 * date and distance filters, sorting, result cards and the full detail of one result. Its filters live
 * in the feed's store, so a map or calendar in the same `<learning-feed>` shows the same set.
 *
 * @summary The opportunity finder: search and filters over a Learning Feed.
 *
 * @csspart search - The search form.
 * @csspart filters - The filters panel (a disclosure on narrow widths).
 * @csspart facet - One group of filters (a fieldset).
 * @csspart result - One result (a list item holding a shared opportunity card).
 * @csspart detail-dialog - The dialog showing one result in full.
 * @csspart state - Loading, empty, stale and error messages.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The message when nothing matches, with ways out.
 * @csspart stale - The notice that an older copy of the feed is shown.
 * @csspart error - The message when the feed could not load.
 *
 * @event {CustomEvent<LearningFilterChangeDetail>} learning-filter-change - The visitor changed the filters (or went Back to earlier ones).
 * @event {CustomEvent<LearningSelectDetail>} learning-select - The visitor opened a result (from the shared card).
 * @event {CustomEvent<FinderFeedErrorDetail>} learning-feed-error - A feed in this finder's own `src` failed (outside a `<learning-feed>`).
 *
 * @cssproperty --learning-finder-card-min-width - Narrowest card in the grid layout (default 16rem).
 * @cssproperty --learning-finder-sidebar-width - Width of the filters column on wide layouts (default 17rem).
 * @cssproperty --learning-font-family - Font family (default: the page's, inherited).
 * @cssproperty --learning-font-size - Base font size (default: the page's, inherited).
 * @cssproperty --learning-text - Text colour.
 * @cssproperty --learning-muted - Secondary text: counts, providers, hints.
 * @cssproperty --learning-background - Background of the widget's area (default: transparent in light, painted in dark).
 * @cssproperty --learning-surface - Cards, panels, inputs and dialogs.
 * @cssproperty --learning-accent - Links, buttons, selected and current items.
 * @cssproperty --learning-on-accent - Text on an accent background (pressed buttons, primary actions).
 * @cssproperty --learning-border - Borders and grid lines.
 * @cssproperty --learning-danger - Error messages and the border of error states.
 * @cssproperty --learning-focus - Focus ring.
 * @cssproperty --learning-warning-surface - Background of status labels (cancelled, postponed, moved online) and notices.
 * @cssproperty --learning-warning-text - Text of status labels and notices.
 * @cssproperty --learning-radius - Corner radius (default 0.5rem).
 * @cssproperty --learning-gap - Space between items (default 0.5rem).
 * @cssproperty --learning-skeleton - Placeholder bars while loading.
 */
export class LearningFinder extends LocalizedElement {
  static override styles = finderStyles;

  private readonly feed = new StoreController(this, { getSrc: () => this.src });
  private readonly announcer = new LiveAnnouncer(this);
  private readonly searchBox = new SearchBox(this, (query) => this.applyQuery(query));
  private readonly width = new NarrowController(this, NARROW_WIDTH);
  private readonly address = new AddressSync(this, {
    prefix: () => this.urlPrefix,
    view: () => ({ filters: this.feed.filters, sort: this.sortChoice }),
    idOf: (field, key) => referenceId(this.feed.model, field, key),
    restore: (view) => this.restoreView(view),
  });

  /** Space-separated feed URLs; not needed inside a `<learning-feed>`. */
  @property() src = '';
  /** Topics ticked when the page opens (space- or comma-separated). */
  @property() topics?: string;
  /** Audiences ticked when the page opens. */
  @property() audience?: string;
  /** Filter groups to show, in order: date distance topic audience cost attendance-mode language accessibility organization place. */
  @property() facets?: string;
  /** Search text the page opens with. */
  @property() query?: string;
  /** Results shown at first and added by each "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** "list" (default) or "grid". */
  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';
  /** Hides the search box (for a page that only browses, e.g. a preset topic). */
  @property({ type: Boolean, attribute: 'hide-search' }) hideSearch = false;
  /** Keeps the view in the address (prefix "lf-", or the attribute's value such as "jobs-"), with Back/Forward. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
  /** light, dark, or auto (follows the reader's colour scheme); elements inside a themed element or `<learning-feed>` follow it. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  @state() private sortChoice?: SortOrder;
  @state() private resultWindow?: ResultWindow;
  @state() private expanded = new Set<FacetName>();
  @state() private customDates = false;
  @state() private geo: GeoState = { kind: 'idle' };
  @state() private radiusKm = DEFAULT_RADIUS_KM;
  @state() private detail?: Opportunity;

  private readonly results = new ResultsCache(() => this.requestUpdate());
  private readonly actions = filterActions(this.actionsHost());
  private readonly search = new IncrementalSearchIndex(() => this.requestUpdate(), () => !!this.feed.filters.query?.trim());
  private initialisedStore?: object;
  private returnFocus?: { key: string; element?: HTMLElement };
  private focusResultAt?: number;
  /** Consecutive search edits amend one history entry instead of making one per pause in typing. */
  private lastChangeWasQuery = false;

  /** Where loading the feed stands: "idle", "loading", "ready", "stale" or "error". */
  get feedStatus() {
    return this.feed.status;
  }

  /** True while the search index is still being built in idle time (filters already work). */
  get indexing(): boolean {
    return !!this.feed.model && !this.search.ready;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.search.dispose();
    this.results.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const store = this.feed.store;
    if (store && store !== this.initialisedStore) {
      this.initialisedStore = store;
      const presets = presetFilters({ topics: this.topics, audience: this.audience, query: this.query });
      this.sortChoice = applyStartingView(store, this.urlPrefix, presets);
    }
    const model = this.feed.model;
    const resolved = store && model ? resolveReferences(store.filters, model) : undefined;
    if (store && resolved && resolved !== store.filters) store.setFilters(resolved, 'replace');
    if (changed.has('pageSize')) this.resultWindow = undefined;
    const unknown = changed.has('facets') ? parseFacets(this.facets).unknown : [];
    if (unknown.length) console.warn(`<learning-finder>: facets="${this.facets}" names no group called ${unknown.join(', ')}. Known: ${KNOWN_FACETS}.`);
  }

  protected override firstUpdated(): void {
    // After the context request has had its answer: no <learning-feed> around and no src is a page mistake.
    setTimeout(() => {
      if (this.isConnected && !this.feed.store) console.warn('<learning-finder> has no src and is not inside a <learning-feed>: it has nothing to show.');
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feed.srcChanged();
    const store = this.feed.store;
    if (store && !this.closest('learning-feed')) reportLoadErrors(this, store);
    if (this.feed.model) prefetchOpportunityDetail();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open && this.detail) void showDetail(dialog);
    if (this.focusResultAt !== undefined) {
      const index = this.focusResultAt - (this.resultWindow?.start ?? 0);
      this.focusResultAt = undefined;
      const key = this.renderRoot.querySelectorAll<HTMLElement>('li[part="result"]')[index]?.dataset.key;
      if (key) void focusCard(this.shadowRoot!, key);
    }
  }

  /** The panel's controls read and set the element's state through this. */
  private actionsHost(): FilterActionsHost {
    return {
      state: () => ({ filters: this.feed.filters, model: this.feed.model, locales: this.locales, messages: this.messages, radiusKm: this.radiusKm }),
      update: ({ radiusKm, geo, customDates }) => {
        if (radiusKm !== undefined) this.radiusKm = radiusKm;
        if (geo !== undefined) this.geo = geo;
        if (customDates !== undefined) this.customDates = customDates;
      },
      change: (filters) => this.change(filters),
    };
  }

  private get messages(): FinderMessages {
    return finderMessages.for(this.locale.tag);
  }

  private get page(): number {
    return Math.max(1, Math.floor(this.pageSize) || 20);
  }

  private get locales(): string[] {
    return localeChain(this.locale.tag, this.feed.model?.feeds[0]?.language);
  }

  /** Days for "today" and "this weekend" are counted in the enclosing feed's `timezone`, else the feed's own zone. */
  private get timeZone(): string {
    const zone = this.closest('learning-feed')?.getAttribute('timezone')?.trim();
    return zone && isValidTimeZone(zone) ? zone : this.feed.model?.feeds[0]?.timeZone ?? 'UTC';
  }

  /** Applies a visitor's change: the store (so every view on it follows), the address, the event. */
  private change(filters: OpportunityFilters, history: HistoryMode = 'push'): void {
    const store = this.feed.store;
    if (!store) return;
    this.lastChangeWasQuery = false;
    store.setFilters(filters, 'replace');
    this.resultWindow = undefined;
    this.address.write(history);
    this.fireFilterChange();
  }

  private applyQuery(query: string): void {
    if (query === (this.feed.filters.query ?? '')) return;
    const amend = this.lastChangeWasQuery;
    this.change({ ...this.feed.filters, query: query || undefined }, amend ? 'replace' : 'push');
    this.lastChangeWasQuery = true;
  }

  private fireFilterChange(): void {
    const detail: LearningFilterChangeDetail = { filters: this.feed.filters };
    this.dispatchEvent(new CustomEvent('learning-filter-change', { detail, bubbles: true, composed: true }));
  }

  private get urlPrefix(): string | undefined {
    return this.syncUrl === null ? undefined : urlPrefix(this.syncUrl);
  }

  /** Back or Forward with `sync-url`: the address's view, or the page's presets for an address without one. */
  private restoreView(fromAddress: FinderView | undefined): void {
    const store = this.feed.store;
    if (!store) return;
    const view = fromAddress ?? { filters: presetFilters({ topics: this.topics, audience: this.audience, query: this.query }) };
    store.setFilters(this.feed.model ? resolveReferences(view.filters, this.feed.model) : view.filters, 'replace');
    this.sortChoice = view.sort;
    this.resultWindow = undefined;
    this.lastChangeWasQuery = false;
    this.searchBox.reset();
    this.fireFilterChange();
  }

  private setSort = (order: SortOrder): void => {
    this.sortChoice = order;
    this.resultWindow = undefined;
    this.lastChangeWasQuery = false;
    this.address.write('push');
  };

  private onSelect = (event: CustomEvent<{ opportunity: Opportunity }>): void => {
    this.returnFocus = { key: event.detail.opportunity.key, element: deepActiveElement() };
    this.detail = event.detail.opportunity;
  };

  private onDetailClosed = (): void => {
    const target = this.returnFocus;
    this.detail = undefined;
    this.returnFocus = undefined;
    if (target) void this.updateComplete.then(() => focusCard(this.shadowRoot!, target.key, target.element));
  };

  protected override render() {
    const words = this.messages;
    const { model, status, filters } = this.feed;
    const tag = this.locale.tag;
    if (!model) {
      const shared = sharedMessages.for(tag);
      const body = status === 'error' ? errorState(shared.error) : this.feed.store ? loadingState(shared.loading) : emptyState(words.emptyFeed);
      return html`<div dir=${this.locale.direction}>${body}</div>`;
    }
    const { facets } = parseFacets(this.facets);
    // To the minute: cards re-read their dates only when "now" really moves on.
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const locales = this.locales;
    const results = this.results.get({
      model, filters, sort: this.sortChoice, locale: tag, locales, now, timeZone: this.timeZone,
      facets: facets.filter((facet): facet is FacetName => facet !== 'date' && facet !== 'distance'),
      index: this.search.indexFor(model), indexVersion: this.search.version,
    });
    // A big feed's first pass runs in slices (finder-prep.ts): until it ends, the loading state.
    if (!results) return html`<div dir=${this.locale.direction}>${loadingState(sharedMessages.for(tag).loading)}</div>`;
    const total = results.keys.length;
    const window = this.resultWindow ?? { start: 0, end: Math.min(total, this.page) };
    const format = numberFormat(tag);
    // Without the search code nothing was searched: the failure is an alert of its own, not "0 results".
    const searchFailed = !!filters.query?.trim() && this.search.failed;
    if (!searchFailed) this.announcer.announce(words.announce(total, format.format(total), filters.query));
    const near = filters.near; // the store's object: same identity until the filters change, so cards do not redraw
    const labelOf = (field: string, value: string) => filterValueLabel(field, value, { counts: results.facetCounts, model, locale: tag, locales });
    const panel = renderFacets({
      messages: words, locale: tag, facets, counts: results.facetCounts, filters, expanded: this.expanded,
      customDates: this.customDates, geo: this.geo,
      placeSuggestions: placeChoices(model, locales).slice(0, 50).map((choice) => choice.name),
      ...this.actions,
      toggleExpanded: (facet) => {
        const next = new Set(this.expanded);
        if (!next.delete(facet)) next.add(facet);
        this.expanded = next;
      },
    });
    const active = activeFilterCount(filters);
    const maxRendered = this.page * 5;
    return html`<div class="finder" dir=${this.locale.direction}>
      ${this.hideSearch ? nothing : this.searchBox.render(words, filters.query)}
      ${status === 'stale' ? html`<p class="muted" part="state stale">${words.stale}</p>` : nothing}
      ${model.opportunities.length === 0 ? emptyState(words.emptyFeed) : html`<div class="layout">
        ${renderFiltersFrame(this.width.narrow, words.filters, words.filtersSummary(active, format.format(active)), panel)}
        <div @learning-select=${this.onSelect}>${renderResults({
          messages: words, locale: tag, model, keys: results.keys, window, pageSize: this.page, near, now,
          sort: results.sort, canSortByDistance: !!near, hasQuery: !!filters.query?.trim(), indexing: this.indexing,
          searchFailed, retrySearch: () => this.search.retry(),
          waysOut: total === 0 ? waysOut(filters, words, labelOf) : [],
          setSort: this.setSort,
          showMore: () => {
            this.focusResultAt = window.end;
            this.resultWindow = showMoreWindow(window, this.page, total, maxRendered);
          },
          showEarlier: () => {
            this.focusResultAt = Math.max(0, window.start - this.page);
            this.resultWindow = showEarlierWindow(window, this.page, maxRendered);
          },
          takeWayOut: (way) => {
            if (!way.filters.dates) this.customDates = false;
            this.searchBox.reset();
            this.change(way.filters);
          },
        })}</div>
      </div>`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      ${renderDetailDialog({ opportunity: this.detail, title: this.detail ? resolveText(this.detail.name, locales) : '',
        model, near, now, messages: words, onClose: this.onDetailClosed })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-finder': LearningFinder;
  }
}
