/**
 * Narrowing opportunities by what a visitor picked. Every facet list is OR within itself ("coding OR
 * languages"), AND across lists ("… AND free"); the query, the date window and "near" are AND too.
 */
import type { FeedModel, GeoPoint, Opportunity, OpportunityFilters } from '../model.js';
import { distanceKm, isValidGeoPoint } from '../geo.js';
import { occurrencesBetween } from '../time/index.js';
import { dateWindow, type DateWindow, type DateWindowOptions } from './date-window.js';
import { distinctFacetValues, FACET_NAMES, selectedValues, type FacetName } from './facet-values.js';
import { positionsByKey } from './model-order.js';
import type { SearchHit, SearchIndex } from './search-index.js';

export interface FilterContext extends DateWindowOptions {
  /** Epoch milliseconds "now", for date presets. */
  now: number;
  /** IANA zone the date presets count days in (usually the feed's). */
  timeZone: string;
  /** Results of `filters.query` already run by the caller; takes precedence over `searchIndex`. */
  searchHits?: readonly SearchHit[] | ReadonlySet<string>;
  /** Index to run `filters.query` on when `searchHits` is not given. With neither, the query is not applied. */
  searchIndex?: SearchIndex;
  /**
   * The query's hits as positions in `model.opportunities` (SearchIndex.searchPositions), taking
   * precedence over both; read by filterAndCountPositions.
   */
  hitPositions?: Int32Array;
}

/** One active facet filter, ready to test opportunities. */
export interface FacetCheck {
  facet: FacetName;
  selected: ReadonlySet<string>;
  test(opportunity: Opportunity): boolean;
}

/** The filters compiled once per call, so testing 100k opportunities does no parsing or lookups twice. */
export interface PreparedFilters {
  facetChecks: FacetCheck[];
  /** Query and "near": the filters that are not facets and are cheap per opportunity. */
  passesQueryAndNear(opportunity: Opportunity): boolean;
  /** False when neither a query nor "near" applies: every opportunity passes passesQueryAndNear. */
  testsQueryOrNear: boolean;
  /** Set when a date filter applies. */
  window?: DateWindow;
  /** Set when a query applies: the keys it found. Nothing else can pass. */
  hits?: ReadonlySet<string>;
}

function hitKeys(filters: OpportunityFilters, context: FilterContext): ReadonlySet<string> | undefined {
  // A query that is not a string (filters set from plain JavaScript) is no query, not a crash.
  if (typeof filters.query !== 'string' || !filters.query.trim()) return undefined;
  const hits = context.searchHits ?? context.searchIndex?.search(filters.query);
  if (!hits) return undefined;
  return hits instanceof Set ? hits : new Set((hits as readonly SearchHit[]).map((hit) => hit.key));
}

function nearTest(model: FeedModel, near: OpportunityFilters['near']): ((opportunity: Opportunity) => boolean) | undefined {
  if (!near) return undefined;
  const centre: GeoPoint = { latitude: near.latitude, longitude: near.longitude };
  if (!isValidGeoPoint(centre) || !(near.radiusKm >= 0)) return undefined;
  const distanceByPlace = new Map<string, number>();
  return (opportunity) => {
    const placeKey = opportunity.placeKey;
    if (!placeKey) return false;
    let distance = distanceByPlace.get(placeKey);
    if (distance === undefined) {
      const geo = model.places.get(placeKey)?.geo;
      distance = geo ? distanceKm(centre, geo) : Number.NaN;
      distanceByPlace.set(placeKey, distance);
    }
    return distance <= near.radiusKm;
  };
}

/** Compiles `filters` for repeated testing; unusable parts (a bad radius, an unparseable date) are left out. */
export function prepareFilters(model: FeedModel, filters: OpportunityFilters, context: FilterContext): PreparedFilters {
  const facetChecks: FacetCheck[] = [];
  for (const facet of FACET_NAMES) {
    const selected = new Set(selectedValues(filters, facet));
    if (selected.size === 0) continue;
    facetChecks.push({
      facet,
      selected,
      test: (opportunity) => distinctFacetValues(opportunity, facet, model).some((value) => selected.has(value)),
    });
  }
  const hits = hitKeys(filters, context);
  const near = nearTest(model, filters.near);
  const dates: unknown = filters.dates;
  const window = typeof dates === 'object' && dates !== null ? dateWindow(filters.dates!, context.now, context.timeZone, context) : undefined;
  return {
    facetChecks,
    passesQueryAndNear: (opportunity) => (!hits || hits.has(opportunity.key)) && (!near || near(opportunity)),
    testsQueryOrNear: !!hits || !!near,
    window,
    hits,
  };
}

/**
 * Positions in `model.opportunities` of the query's hits, in hit order (best first for search
 * results); undefined when no query applies. Keys the model does not hold are left out.
 */
export function hitPositionsOf(model: FeedModel, filters: OpportunityFilters, context: FilterContext): Int32Array | undefined {
  if (typeof filters.query !== 'string' || !filters.query.trim()) return undefined;
  if (context.hitPositions) return context.hitPositions;
  const hits = context.searchHits ?? context.searchIndex?.search(filters.query);
  if (!hits) return undefined;
  const positionOf = positionsByKey(model);
  const positions = new Int32Array(hits instanceof Set ? hits.size : (hits as readonly SearchHit[]).length);
  let found = 0;
  const keep = (key: string): void => {
    const position = positionOf.get(key);
    if (position !== undefined) positions[found++] = position;
  };
  const { opportunities } = model;
  if (hits instanceof Set) for (const key of hits as ReadonlySet<string>) keep(key);
  else {
    for (const hit of hits as readonly SearchHit[]) {
      // The index's own note of the position, if it still holds in this model; else a lookup.
      if (hit.position !== undefined && opportunities[hit.position]?.key === hit.key) positions[found++] = hit.position;
      else keep(hit.key);
    }
  }
  return positions.subarray(0, found);
}

/**
 * The opportunities worth testing, in model order: with a query only its hits (a few hundred of
 * 100k, typically), else all of them.
 */
export function candidatesFor(model: FeedModel, prepared: PreparedFilters): readonly Opportunity[] {
  if (!prepared.hits) return model.opportunities;
  const positionOf = positionsByKey(model);
  const positions = new Int32Array(prepared.hits.size);
  let found = 0;
  for (const key of prepared.hits) {
    const position = positionOf.get(key);
    if (position !== undefined) positions[found++] = position;
  }
  return Array.from(positions.subarray(0, found).sort(), (position) => model.opportunities[position]!);
}

/**
 * Keys of the opportunities with an occurrence overlapping the window. Only `candidates` are expanded,
 * which is why callers apply the cheap filters first.
 */
export function keysWithOccurrencesIn(candidates: readonly Opportunity[], window: DateWindow): Set<string> {
  const keys = new Set<string>();
  if (candidates.length === 0) return keys;
  // occurrencesBetween returns exactly the occurrences overlapping [fromMs, toMs).
  for (const occurrence of occurrencesBetween(candidates, window.fromMs, window.toMs)) keys.add(occurrence.opportunityKey);
  return keys;
}

/** Keys of the opportunities that pass every filter, in model order (sort them with sortOpportunityKeys). */
export function applyFilters(model: FeedModel, filters: OpportunityFilters, context: FilterContext): string[] {
  const prepared = prepareFilters(model, filters, context);
  const candidates = candidatesFor(model, prepared).filter(
    (opportunity) => prepared.passesQueryAndNear(opportunity) && prepared.facetChecks.every((check) => check.test(opportunity)),
  );
  if (!prepared.window) return candidates.map((opportunity) => opportunity.key);
  const inWindow = keysWithOccurrencesIn(candidates, prepared.window);
  return candidates.filter((opportunity) => inWindow.has(opportunity.key)).map((opportunity) => opportunity.key);
}
