/**
 * Result orderings for the finder. Every order ends with the name (in the reader's collation) and
 * then the key, so two runs over the same data always list results the same way.
 */
import type { FeedModel, GeoPoint, Opportunity } from '../model.js';
import { distanceKm } from '../geo.js';
import { resolveText } from '../text.js';
import { occurrencesBetween } from '../time/index.js';
import type { SearchHit } from './search-index.js';

export type SortOrder = 'relevance' | 'next-date' | 'distance' | 'name';

export interface SortContext {
  /** Reader's locales, most preferred first: pick the name's language and the collation ("å" after "z" in Swedish). */
  locales?: readonly string[];
  /** For 'relevance': the query's hits. Items without a hit (or every item, with no query) fall back to name order. */
  searchHits?: readonly SearchHit[];
  /** For 'next-date': epoch milliseconds "now". */
  now?: number;
  /** For 'next-date': precomputed next starts (see nextOccurrenceStarts), e.g. shared with the calendar. */
  nextStarts?: ReadonlyMap<string, number>;
  /** For 'next-date' without nextStarts: how far ahead to look for a next occurrence (default 366 days). */
  horizonDays?: number;
  /** For 'distance': where to measure from (usually the "near" filter's centre). */
  origin?: GeoPoint;
}

const DAY_MS = 86_400_000;

/** A collator for the locales, falling back to the platform default when a tag is malformed. */
export function collatorFor(locales: readonly string[] | undefined, options: Intl.CollatorOptions = {}): Intl.Collator {
  try {
    return new Intl.Collator(locales ? [...locales] : undefined, { numeric: true, ...options });
  } catch {
    return new Intl.Collator(undefined, { numeric: true, ...options });
  }
}

/**
 * Soonest start per opportunity among occurrences still running or yet to start at `now`, looking
 * `horizonMs` ahead. A session already under way sorts before one starting later today.
 */
export function nextOccurrenceStarts(opportunities: readonly Opportunity[], now: number, horizonMs: number): Map<string, number> {
  const starts = new Map<string, number>();
  for (const occurrence of occurrencesBetween(opportunities, now, now + horizonMs)) {
    if (occurrence.endMs <= now && occurrence.startMs < now) continue;
    const known = starts.get(occurrence.opportunityKey);
    if (known === undefined || occurrence.startMs < known) starts.set(occurrence.opportunityKey, occurrence.startMs);
  }
  return starts;
}

/** Smaller first; items without a value (undefined/NaN) go after every item with one. */
function compareMissingLast(a: number | undefined, b: number | undefined): number {
  const aMissing = a === undefined || Number.isNaN(a);
  const bMissing = b === undefined || Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return a - b;
}

/** Returns `keys` (e.g. from applyFilters) in the requested order; unknown keys are dropped. */
export function sortOpportunityKeys(model: FeedModel, keys: readonly string[], order: SortOrder, context: SortContext = {}): string[] {
  const byKey = new Map(model.opportunities.map((opportunity) => [opportunity.key, opportunity]));
  const opportunities = keys.map((key) => byKey.get(key)).filter((item): item is Opportunity => item !== undefined);
  const locales = context.locales ?? [];
  const collator = collatorFor(context.locales);
  const names = new Map(opportunities.map((opportunity) => [opportunity.key, resolveText(opportunity.name, locales)]));
  const byName = (a: Opportunity, b: Opportunity): number =>
    collator.compare(names.get(a.key)!, names.get(b.key)!) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

  let primary: (a: Opportunity, b: Opportunity) => number = () => 0;
  if (order === 'relevance' && context.searchHits?.length) {
    const scores = new Map(context.searchHits.map((hit) => [hit.key, -hit.score]));
    primary = (a, b) => compareMissingLast(scores.get(a.key), scores.get(b.key));
  } else if (order === 'next-date' && (context.nextStarts || context.now !== undefined)) {
    const starts = context.nextStarts
      ?? nextOccurrenceStarts(opportunities, context.now!, (context.horizonDays ?? 366) * DAY_MS);
    primary = (a, b) => compareMissingLast(starts.get(a.key), starts.get(b.key));
  } else if (order === 'distance' && context.origin) {
    const origin = context.origin;
    const distances = new Map<string, number>();
    for (const opportunity of opportunities) {
      const geo = opportunity.placeKey ? model.places.get(opportunity.placeKey)?.geo : undefined;
      distances.set(opportunity.key, geo ? distanceKm(origin, geo) : Number.NaN);
    }
    primary = (a, b) => compareMissingLast(distances.get(a.key), distances.get(b.key));
  }
  return opportunities.sort((a, b) => primary(a, b) || byName(a, b)).map((opportunity) => opportunity.key);
}
