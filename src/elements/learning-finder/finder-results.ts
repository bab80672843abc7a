/**
 * What the finder shows for a model, filters and sort: the result keys in order and the live facet
 * counts. DOM-free; results are cached until an input changes, so a re-render for focus or a
 * "Show more" does not filter 100k opportunities again.
 */
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
// Straight from the modules, not the barrel: the barrel would bring MiniSearch into the finder's first load.
import type { FacetName } from '../../core/search/facet-values.js';
import { filterAndCountPositions, type FacetCounts } from '../../core/search/facets.js';
import type { SearchHit, SearchIndex } from '../../core/search/search-index.js';
import type { OrderedPositions } from '../../core/search/relevance-pages.js';
import { collatorFor } from '../../core/search/model-order.js';
import { resolveText } from '../../core/text.js';
import { nextOccurrenceStarts, sortPositions, type SortOrder } from '../../core/search/sort.js';
import { tokenizeQuery } from '../../core/search/tokenize.js';
import { facetValueLabel } from './facet-labels.js';
import { FinderPrep, HORIZON_MS, type NextStarts } from './finder-prep.js';

export interface ResultsInput {
  model: FeedModel;
  filters: OpportunityFilters;
  /** The visitor's choice; undefined picks the default for the situation (see `effectiveSort`). */
  sort: SortOrder | undefined;
  facets: readonly FacetName[];
  /** BCP 47 tag of the reader, for labels and collation. */
  locale: string;
  /** Locales for names in language maps (the reader's chain, then the feed's language). */
  locales: readonly string[];
  now: number;
  timeZone: string;
  index: SearchIndex | undefined;
  /** Changes whenever the index grows, so a query is searched again on the bigger index. */
  indexVersion: number;
}

/** The results in order, as keys, read from positions only for the window on screen. */
export class ResultKeys {
  constructor(
    private readonly model: FeedModel,
    private readonly positions: OrderedPositions,
  ) {}

  get length(): number {
    return this.positions.length;
  }

  slice(start: number, end: number): string[] {
    return this.positions.slice(start, end).map((position) => this.model.opportunities[position]!.key);
  }
}

export interface FinderResults {
  /** Result keys in order (100k of them would be a lot of strings to make on every keystroke). */
  keys: ResultKeys;
  facetCounts: Partial<FacetCounts<FacetName>>;
  sort: SortOrder;
}

/**
 * The order actually used: by default a query's best matches first, else the nearest when a centre is
 * set, else what comes up next. "distance" only means something with a centre, "relevance" with a query.
 */
export function effectiveSort(sort: SortOrder | undefined, filters: OpportunityFilters): SortOrder {
  const hasQuery = !!filters.query?.trim();
  if (sort === 'distance' && !filters.near) return hasQuery ? 'relevance' : 'next-date';
  if (sort === 'relevance' && !hasQuery) return 'next-date';
  return sort ?? (hasQuery ? 'relevance' : filters.near ? 'distance' : 'next-date');
}

/** Below this many opportunities the first pass is quick enough to run whole, on first render. */
const SLICED_FROM = 2_000;

export class ResultsCache {
  private lastInputs: unknown[] = [];
  private last: FinderResults | null | undefined;
  /** The filtered set of the last results: when only the next starts change, it is ordered again, not filtered again. */
  private lastFilterInputs: unknown[] = [];
  private lastFiltered: Filtered | undefined;
  private readonly prep: FinderPrep;

  /** `onReady` runs when a big feed's first pass (in slices) has finished: render again. */
  constructor(onReady: () => void = () => undefined) {
    this.prep = new FinderPrep(onReady);
  }

  /** The results, or undefined while a big feed's first pass is still running (show the loading state). */
  get(input: ResultsInput): FinderResults | undefined {
    // Minutes, not milliseconds: "now" moving on by a second must not recompute everything.
    // The index only matters with a query: its growth must not refilter 100k items for nothing.
    const indexVersion = searchableQuery(input.filters) ? input.indexVersion : -1;
    const nextStarts = this.nextStarts(input);
    if (nextStarts === null) return undefined;
    const filterInputs = [input.model, input.filters, input.facets.join(' '), input.locale, input.locales.join(' '),
      Math.floor(input.now / 60_000), input.timeZone, indexVersion];
    const inputs = [...filterInputs, input.sort, nextStarts];
    if (sameValues(inputs, this.lastInputs)) return this.last ?? undefined;
    this.lastInputs = inputs;
    if (!this.lastFiltered || !sameValues(filterInputs, this.lastFilterInputs)) {
      this.lastFilterInputs = filterInputs;
      this.lastFiltered = filter(input);
    }
    this.last = order(input, this.lastFiltered, nextStarts);
    // Null: the early next starts cannot place enough results yet; the complete ones will.
    return this.last ?? undefined;
  }

  dispose(): void {
    this.prep.dispose();
  }

  /**
   * Next starts for "next date" order over the whole feed, read a slice at a time for a big feed
   * and reused for an hour (a session that began minutes ago still sorts first, as it should);
   * the early part of the first reading while the rest is read; null before. A small feed's
   * results are read when sorted instead.
   */
  private nextStarts(input: ResultsInput): NextStarts | undefined | null {
    if (input.model.opportunities.length < SLICED_FROM) return undefined;
    const starts = this.prep.nextStarts(input.model, input.now, [input.locale, ...input.locales]);
    // Other orders do not need the next starts, but the facet values are read in the same pass.
    return starts ?? null;
  }
}

function searchableQuery(filters: OpportunityFilters): string | undefined {
  const query = filters.query?.trim();
  return query && tokenizeQuery(query).length > 0 ? query : undefined;
}

const labelFunctions = new Map<string, (facet: FacetName, value: string) => string | undefined>();

/** One label function per locale, so facet labels worked out for it are reused (core/search/facets.ts). */
function labelsIn(locale: string): (facet: FacetName, value: string) => string | undefined {
  let labelOf = labelFunctions.get(locale);
  if (!labelOf) {
    labelOf = (facet, value) => facetValueLabel(facet, value, locale);
    if (labelFunctions.size >= 16) labelFunctions.clear();
    labelFunctions.set(locale, labelOf);
  }
  return labelOf;
}

function sameValues(left: readonly unknown[], right: readonly unknown[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/** The results of the filters and query, in model order, with the facet counts and the hits they used. */
interface Filtered {
  filters: OpportunityFilters;
  positions: ArrayLike<number>;
  facetCounts: Partial<FacetCounts<FacetName>>;
  searchHits: SearchHit[] | undefined;
  rankedHits: ReturnType<SearchIndex['searchPositions']> | undefined;
}

function filter(input: ResultsInput): Filtered {
  const { model, now, timeZone, locale, locales } = input;
  const query = searchableQuery(input.filters);
  // A query of only punctuation searches for nothing: treat it as no query rather than "no match".
  const filters = query ? input.filters : { ...input.filters, query: undefined };
  // Searched once and shared: filtering, facet counts and relevance order all use the same hits,
  // as positions when the index can give them (no object per hit: 100k of them for one letter).
  // In no particular order: relevance-pages.ts orders only the results a visitor reads.
  const rankedHits = query ? input.index?.searchPositions(query, model, { ordered: false }) : undefined;
  const searchHits: SearchHit[] | undefined = query && !rankedHits ? input.index?.search(query) ?? [] : undefined;
  const context = { now, timeZone, searchHits, hitPositions: rankedHits?.positions };
  const { positions, counts: facetCounts } = filterAndCountPositions(model, filters, input.facets, context, {
    locales,
    labelOf: labelsIn(locale),
  });
  return { filters, positions, facetCounts, searchHits, rankedHits };
}

function order(input: ResultsInput, filtered: Filtered, allNextStarts: NextStarts | undefined): FinderResults | null {
  const { model, now, locale, locales } = input;
  const { filters, positions, facetCounts, searchHits, rankedHits } = filtered;
  const sort = effectiveSort(input.sort, filters);
  const origin = filters.near ? { latitude: filters.near.latitude, longitude: filters.near.longitude } : undefined;
  const sortLocales = [locale, ...locales];
  if (sort === 'next-date' && allNextStarts && !allNextStarts.complete) {
    const early = earlyNextDateOrder(model, positions, allNextStarts, sortLocales);
    return early && { keys: new ResultKeys(model, early), facetCounts, sort };
  }
  if (sort === 'relevance' && rankedHits?.length && input.index) {
    return { keys: new ResultKeys(model, input.index.relevancePages(positions, rankedHits, sortLocales)), facetCounts, sort };
  }
  const nextStarts = sort !== 'next-date' ? undefined
    : allNextStarts?.starts ?? nextOccurrenceStarts(Array.from(positions, (position) => model.opportunities[position]!), now, HORIZON_MS);
  const ordered = sortPositions(model, positions, sort, { locales: sortLocales, searchHits, rankedHits, now, origin, nextStarts });
  return { keys: new ResultKeys(model, ordered), facetCounts, sort };
}

/**
 * Results shown from the early next starts are in their final places this far: further than a
 * visitor pages (five pages of the default size) before the complete starts are in.
 */
const EARLY_EXACT_RESULTS = 200;

/**
 * "Next date" order from the early next starts. The results starting within them come first (every
 * other one starts later, or never), and the first EARLY_EXACT_RESULTS of them, ties at the last
 * one's start included, are in exactly the order the complete starts give: by start, then name in the
 * reader's collation, then key, as core's sort orders them. Only those names are resolved and
 * collated (a 100k feed has thousands of results in the next two weeks); the other early ones follow
 * by start, then the rest in feed order, until the complete starts place them (moments later).
 * Null when too few results start early to fill the first pages in their final order.
 */
function earlyNextDateOrder(model: FeedModel, positions: ArrayLike<number>, early: NextStarts, locales: readonly string[]): number[] | null {
  const soon: number[] = [];
  const soonStarts: number[] = [];
  const later: number[] = [];
  const { opportunities } = model;
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index]!;
    const start = early.startAt[position]!;
    if (Number.isNaN(start)) later.push(position);
    else {
      soon.push(position);
      soonStarts.push(start);
    }
  }
  if (soon.length < Math.min(positions.length, EARLY_EXACT_RESULTS)) return null;
  const sortedStarts = Float64Array.from(soonStarts).sort();
  const lastExactStart = sortedStarts[Math.min(EARLY_EXACT_RESULTS, sortedStarts.length) - 1] ?? -Infinity;
  const exact: Array<{ position: number; start: number; name: string; key: string }> = [];
  const after: Array<{ position: number; start: number }> = [];
  soon.forEach((position, index) => {
    const start = soonStarts[index]!;
    const opportunity = opportunities[position]!;
    if (start <= lastExactStart) exact.push({ position, start, name: resolveText(opportunity.name, locales), key: opportunity.key });
    else after.push({ position, start });
  });
  const collator = collatorFor(locales.length ? locales : undefined);
  exact.sort((a, b) => a.start - b.start || collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  after.sort((a, b) => a.start - b.start);
  const order = exact.map((entry) => entry.position);
  for (const entry of after) order.push(entry.position);
  return later.length ? order.concat(later) : order;
}
