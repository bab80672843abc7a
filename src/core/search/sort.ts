/**
 * Result orderings for the finder. Every order ends with the name (in the reader's collation) and
 * then the key, so two runs over the same data always list results the same way.
 */
import type { FeedModel, GeoPoint, Opportunity } from '../model.js';
import { distanceKm } from '../geo.js';
import { opportunityOccurrences } from '../time/index.js';
import { inRankOrder, nameRanks, positionsByKey, rankTable, type RankTable } from './model-order.js';
import type { SearchHit } from './search-index.js';

export { collatorFor } from './model-order.js';

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
/** The first stretch searched for an item's next start; most recurring items meet within it. */
const FIRST_LOOK_MS = 14 * DAY_MS;

/**
 * The soonest start of one opportunity's occurrences overlapping [fromMs, toMs), or undefined.
 * (Overlapping a window that starts at "now" means still running or yet to start.)
 */
function soonestStartIn(opportunity: Opportunity, fromMs: number, toMs: number): number | undefined {
  // Sorted by start: the first one is the soonest.
  return opportunityOccurrences(opportunity, fromMs, toMs)[0]?.startMs;
}

/** Any zone's wall clock is within a day of UTC; two days covers that with room to spare. */
const ZONE_MARGIN_MS = 2 * DAY_MS;

/**
 * No occurrence of these schedules starts before this instant (a little before, in fact): the
 * earliest DTSTART or RDATE, read as if UTC, less a margin for the zone. -Infinity when a moved
 * occurrence could start anywhere or a start cannot be read.
 */
function noOccurrenceBefore(opportunity: Opportunity): number {
  const { schedules, changes } = opportunity.timing;
  if (changes.length > 0) return -Infinity;
  let earliest = Infinity;
  for (const spec of schedules) {
    for (const local of [spec.start, ...spec.rdates]) {
      const wallMs = Date.parse(`${local.length === 10 ? `${local}T00:00:00` : local.slice(0, 19)}Z`);
      if (Number.isNaN(wallMs)) return -Infinity;
      if (wallMs < earliest) earliest = wallMs;
    }
  }
  return earliest - ZONE_MARGIN_MS;
}

/**
 * Soonest start per opportunity among occurrences still running or yet to start at `now`, looking
 * `horizonMs` ahead. A session already under way sorts before one starting later today.
 *
 * Expanding a year of every schedule is what made this slow, so each schedule is expanded from
 * where it can first meet (now, or its first start if that is later) over two weeks, and over the
 * following stretches (each twice as long, up to the horizon) only while nothing turns up: an
 * occurrence overlapping a later stretch but starting before it would have overlapped an earlier
 * one, so the first stretch with an occurrence holds the soonest start.
 */
export function nextOccurrenceStarts(opportunities: readonly Opportunity[], now: number, horizonMs: number): Map<string, number> {
  const starts = new Map<string, number>();
  const horizonEnd = now + horizonMs;
  if (!(horizonEnd > now)) return starts;
  for (const opportunity of opportunities) {
    let found: number | undefined;
    if (opportunity.timing.schedules.length === 0) {
      // One dated occurrence: the window's length costs nothing.
      found = soonestStartIn(opportunity, now, horizonEnd);
    } else {
      let from = Math.max(now, noOccurrenceBefore(opportunity));
      let span = FIRST_LOOK_MS;
      while (found === undefined && from < horizonEnd) {
        const to = Math.min(from + span, horizonEnd);
        found = soonestStartIn(opportunity, from, to);
        from = to;
        span *= 2;
      }
    }
    if (found !== undefined) {
      const known = starts.get(opportunity.key);
      if (known === undefined || found < known) starts.set(opportunity.key, found);
    }
  }
  return starts;
}

/** Missing values (undefined/NaN) as +Infinity-like: after every item with one. */
function isMissing(value: number | undefined): boolean {
  return value === undefined || Number.isNaN(value);
}

/** Smaller first, missing values last; equal values fall through to name order (ranks). */
function byValueThenRank(values: Float64Array, missing: Uint8Array, ranks: Int32Array, positions: readonly number[]) {
  return (a: number, b: number): number => {
    if (missing[a] !== missing[b]) return missing[a]! - missing[b]!;
    if (!missing[a] && values[a] !== values[b]) return values[a]! - values[b]!;
    return ranks[positions[a]!]! - ranks[positions[b]!]!;
  };
}

/** Each position's value for the primary order, or undefined when the order is by name alone. */
function primaryValueOf(model: FeedModel, order: SortOrder, context: SortContext): ((opportunity: Opportunity) => number | undefined) | undefined {
  if (order === 'relevance' && context.searchHits?.length) {
    const scores = new Map<string, number>();
    for (const hit of context.searchHits) scores.set(hit.key, -hit.score);
    return (opportunity) => scores.get(opportunity.key);
  }
  if (order === 'distance' && context.origin) {
    const origin = context.origin;
    const byPlace = new Map<string, number>();
    return (opportunity) => {
      const placeKey = opportunity.placeKey;
      if (!placeKey) return undefined;
      let distance = byPlace.get(placeKey);
      if (distance === undefined) {
        const geo = model.places.get(placeKey)?.geo;
        distance = geo ? distanceKm(origin, geo) : Number.NaN;
        byPlace.set(placeKey, distance);
      }
      return distance;
    };
  }
  return undefined;
}

/**
 * Every opportunity of the model ranked by next start, then name: computed once per map of next
 * starts (the finder keeps one for an hour) so each keystroke's results order by a numeric sort.
 */
const nextDateRanks = new WeakMap<ReadonlyMap<string, number>, { model: FeedModel; names: RankTable; ranks: RankTable }>();

function nextDateRankTable(model: FeedModel, starts: ReadonlyMap<string, number>, names: RankTable): RankTable {
  const cached = nextDateRanks.get(starts);
  if (cached && cached.model === model && cached.names === names) return cached.ranks;
  const everything = Array.from(names.positionAt);
  const ranks = rankTable(sortByValue(model, everything, (opportunity) => starts.get(opportunity.key), names));
  nextDateRanks.set(starts, { model, names, ranks });
  return ranks;
}

function sortByValue(model: FeedModel, positions: readonly number[], valueOf: (opportunity: Opportunity) => number | undefined, names: RankTable): number[] {
  const values = new Float64Array(positions.length);
  const missing = new Uint8Array(positions.length);
  positions.forEach((position, index) => {
    const value = valueOf(model.opportunities[position]!);
    if (isMissing(value)) missing[index] = 1;
    else values[index] = value!;
  });
  const order = positions.map((_, index) => index);
  order.sort(byValueThenRank(values, missing, names.rankOf, positions));
  return order.map((index) => positions[index]!);
}

/** Result sets at least this large are ordered through the whole model's next-date ranking. */
const WHOLE_MODEL_RANKING_FROM = 1_000;

/** Returns `keys` (e.g. from applyFilters) in the requested order; unknown keys are dropped. */
export function sortOpportunityKeys(model: FeedModel, keys: readonly string[], order: SortOrder, context: SortContext = {}): string[] {
  const positionOf = positionsByKey(model);
  const positions: number[] = [];
  for (const key of keys) {
    const position = positionOf.get(key);
    if (position !== undefined) positions.push(position);
  }
  const names = nameRanks(model, context.locales ?? []);
  let sorted: number[];
  if (order === 'next-date' && (context.nextStarts || context.now !== undefined)) {
    const starts = context.nextStarts
      ?? nextOccurrenceStarts(positions.map((position) => model.opportunities[position]!), context.now!, (context.horizonDays ?? 366) * DAY_MS);
    sorted = context.nextStarts && positions.length >= WHOLE_MODEL_RANKING_FROM
      ? inRankOrder(positions, nextDateRankTable(model, context.nextStarts, names))
      : sortByValue(model, positions, (opportunity) => starts.get(opportunity.key), names);
  } else {
    const valueOf = primaryValueOf(model, order, context);
    sorted = valueOf ? sortByValue(model, positions, valueOf, names) : inRankOrder(positions, names);
  }
  return sorted.map((position) => model.opportunities[position]!.key);
}
