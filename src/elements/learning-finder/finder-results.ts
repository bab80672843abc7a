/**
 * What the finder shows for a model, filters and sort: the result keys in order and the live facet
 * counts. DOM-free; results are cached until an input changes, so a re-render for focus or a
 * "Show more" does not filter 100k opportunities again.
 */
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import {
  filterAndCountFacets, nextOccurrenceStarts, sortOpportunityKeys, tokenizeQuery,
  type FacetCounts, type FacetName, type SearchHit, type SearchIndex, type SortOrder,
} from '../../core/search/index.js';
import { facetValueLabel } from './facet-labels.js';

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

export interface FinderResults {
  keys: string[];
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

/** How far ahead "next date" looks, and how long one reading of every item's next start is reused. */
const HORIZON_MS = 366 * 86_400_000;
const NEXT_STARTS_REUSE_MS = 3_600_000;
/** Below this many results, expanding just their occurrences beats keeping a map for the whole feed. */
const SMALL_SET = 2_000;

export class ResultsCache {
  private lastModel: FeedModel | undefined;
  private lastKey = '';
  private last: FinderResults | undefined;
  private allNextStarts: { model: FeedModel; hour: number; starts: Map<string, number> } | undefined;

  get(input: ResultsInput): FinderResults {
    // Minutes, not milliseconds: "now" moving on by a second must not recompute everything.
    // The index only matters with a query: its growth must not refilter 100k items for nothing.
    const indexVersion = searchableQuery(input.filters) ? input.indexVersion : -1;
    const key = JSON.stringify([input.filters, input.sort, input.facets, input.locale, input.locales, Math.floor(input.now / 60_000), input.timeZone, indexVersion]);
    if (this.last && input.model === this.lastModel && key === this.lastKey) return this.last;
    this.lastModel = input.model;
    this.lastKey = key;
    this.last = compute(input, (keys) => this.nextStarts(input, keys));
    return this.last;
  }

  /**
   * Next starts for "next date" order. Expanding every item's schedule is the costly part of sorting a
   * big feed, so for large result sets one map for the whole feed is kept for an hour and reused by
   * every filter change (a session that began minutes ago still sorts first, as it should).
   */
  private nextStarts(input: ResultsInput, keys: readonly string[]): ReadonlyMap<string, number> {
    const hour = Math.floor(input.now / NEXT_STARTS_REUSE_MS);
    const cached = this.allNextStarts;
    if (cached?.model === input.model && cached.hour === hour) return cached.starts;
    if (keys.length < SMALL_SET) {
      const wanted = new Set(keys);
      return nextOccurrenceStarts(input.model.opportunities.filter((item) => wanted.has(item.key)), input.now, HORIZON_MS);
    }
    const starts = nextOccurrenceStarts(input.model.opportunities, input.now, HORIZON_MS);
    this.allNextStarts = { model: input.model, hour, starts };
    return starts;
  }
}

function searchableQuery(filters: OpportunityFilters): string | undefined {
  const query = filters.query?.trim();
  return query && tokenizeQuery(query).length > 0 ? query : undefined;
}

function compute(input: ResultsInput, nextStartsFor: (keys: readonly string[]) => ReadonlyMap<string, number>): FinderResults {
  const { model, now, timeZone, locale, locales } = input;
  const query = searchableQuery(input.filters);
  // A query of only punctuation searches for nothing: treat it as no query rather than "no match".
  const filters = query ? input.filters : { ...input.filters, query: undefined };
  // Searched once and shared: filtering, facet counts and relevance order all use the same hits.
  const searchHits: SearchHit[] | undefined = query ? input.index?.search(query) ?? [] : undefined;
  const context = { now, timeZone, searchHits };
  const { keys: matching, counts: facetCounts } = filterAndCountFacets(model, filters, input.facets, context, {
    locales,
    labelOf: (facet, value) => facetValueLabel(facet, value, locale),
  });
  const sort = effectiveSort(input.sort, filters);
  const origin = filters.near ? { latitude: filters.near.latitude, longitude: filters.near.longitude } : undefined;
  const nextStarts = sort === 'next-date' ? nextStartsFor(matching) : undefined;
  const keys = sortOpportunityKeys(model, matching, sort, { locales: [locale, ...locales], searchHits, now, origin, nextStarts });
  return { keys, facetCounts, sort };
}
