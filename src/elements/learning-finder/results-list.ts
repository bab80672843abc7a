/**
 * The results: count, sort, a window of shared opportunity cards and the buttons that move the
 * window. At most `maxRendered` cards exist at once, so 100k results never make 100k DOM nodes:
 * "Show more" appends a page and, past the limit, drops the oldest page (which "Show earlier" brings back).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedModel, GeoPoint, Opportunity } from '../../core/model.js';
import type { SortOrder } from '../../core/search/index.js';
import { numberFormat } from '../shared/formatters.js';
import { searchFailedState } from '../shared/search-failed-state.js';
import type { FinderMessages } from './messages.js';
import type { WayOut } from './ways-out.js';

export interface ResultWindow {
  /** Index of the first rendered result. */
  start: number;
  /** One past the last rendered result. */
  end: number;
}

const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'next-date', 'distance', 'name'];

/** The window after "Show more": one more page, the oldest page dropped when over `maxRendered`. */
export function showMoreWindow(window: ResultWindow, pageSize: number, total: number, maxRendered: number): ResultWindow {
  const end = Math.min(total, window.end + pageSize);
  return { start: Math.max(window.start, end - maxRendered), end };
}

/** The window after "Show earlier": one page back, the newest page dropped when over `maxRendered`. */
export function showEarlierWindow(window: ResultWindow, pageSize: number, maxRendered: number): ResultWindow {
  const start = Math.max(0, window.start - pageSize);
  return { start, end: Math.min(window.end, start + maxRendered) };
}

const lookups = new WeakMap<FeedModel, Map<string, Opportunity>>();

/** Opportunity by key, built once per model. */
export function opportunityByKey(model: FeedModel): Map<string, Opportunity> {
  let lookup = lookups.get(model);
  if (!lookup) {
    lookup = new Map(model.opportunities.map((opportunity) => [opportunity.key, opportunity]));
    lookups.set(model, lookup);
  }
  return lookup;
}

export interface ResultsContext {
  messages: FinderMessages;
  locale: string;
  model: FeedModel;
  /** Result keys in order; only the window's are read. */
  keys: { readonly length: number; slice(start: number, end: number): string[] };
  window: ResultWindow;
  pageSize: number;
  near: GeoPoint | undefined;
  now: number;
  sort: SortOrder;
  canSortByDistance: boolean;
  hasQuery: boolean;
  /** The index is still being built: a query may find more in a moment. */
  indexing: boolean;
  /** The search code could not be loaded: nothing was searched, so the list says so instead of "no results". */
  searchFailed: boolean;
  retrySearch(): void;
  waysOut: readonly WayOut[];
  setSort(order: SortOrder): void;
  showMore(): void;
  showEarlier(): void;
  takeWayOut(way: WayOut): void;
}

export function renderResults(context: ResultsContext): TemplateResult {
  const { messages, keys, window } = context;
  const format = numberFormat(context.locale);
  const total = keys.length;
  const lookup = opportunityByKey(context.model);
  const shown = keys.slice(window.start, window.end);
  const remaining = total - window.end;
  return html`<section class="results-panel" aria-labelledby="results-heading">
    <div class="results-header">
      <h2 id="results-heading">${messages.results}</h2>
      <p class="count">${messages.count(total, format.format(total))}</p>
      <label class="sort">${messages.sortBy}
        <select @change=${(event: Event) => context.setSort((event.target as HTMLSelectElement).value as SortOrder)}>
          ${SORT_ORDERS.map((order) => html`<option value=${order} ?selected=${order === context.sort}
            ?disabled=${(order === 'distance' && !context.canSortByDistance) || (order === 'relevance' && !context.hasQuery)}>${messages.sort[order]}</option>`)}
        </select>
      </label>
    </div>
    ${context.hasQuery && context.searchFailed
      ? searchFailedState(context.locale, () => context.retrySearch())
      : html`${context.indexing && context.hasQuery ? html`<p class="muted indexing">${messages.indexing}</p>` : nothing}
          ${total === 0 ? noResults(context) : nothing}`}
    ${window.start > 0
      ? html`<button type="button" class="page-button earlier" @click=${context.showEarlier}>
          ${messages.showEarlier(format.format(Math.min(context.pageSize, window.start)))}</button>`
      : nothing}
    ${total > 0
      ? html`<ol class="results" role="list" start=${window.start + 1}>
          ${repeat(shown, (_, index) => placeKey(window, index), (key) => {
            const opportunity = lookup.get(key);
            return opportunity
              ? html`<li part="result" data-key=${key}><learning-opportunity-card heading-level="3" .opportunity=${opportunity}
                  .model=${context.model} .near=${context.near} .now=${context.now}></learning-opportunity-card></li>`
              : nothing;
          })}
        </ol>`
      : nothing}
    ${total > 0 && (window.start > 0 || remaining > 0)
      ? html`<p class="muted showing">${messages.showing(format.format(window.start + 1), format.format(window.end), format.format(total))}</p>`
      : nothing}
    ${remaining > 0
      ? html`<button type="button" class="page-button more" @click=${context.showMore}>
          ${messages.showMore(format.format(Math.min(context.pageSize, remaining)))}</button>`
      : nothing}
  </section>`;
}

/**
 * Cards are keyed by their place in the results, not by opportunity: a new result set (a keystroke,
 * a ticked filter) fills the cards already on screen instead of making new ones, each with its own
 * shadow root and styles (most of a keystroke's DOM work), while "Show more" and "Show earlier" keep
 * every card still in the window where it is (same place, same opportunity, same element and focus).
 */
function placeKey(window: ResultWindow, index: number): number {
  return window.start + index;
}

function noResults(context: ResultsContext): TemplateResult {
  const { messages } = context;
  return html`<div class="no-results" part="state empty">
    <p><strong>${messages.noResults}</strong></p>
    ${context.waysOut.length
      ? html`<p>${messages.waysOut}</p>
          <ul class="ways-out">
            ${context.waysOut.map((way) => html`<li><button type="button" @click=${() => context.takeWayOut(way)}>${way.label}</button></li>`)}
          </ul>`
      : nothing}
  </div>`;
}
