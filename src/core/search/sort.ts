/**
 * Result orderings for the finder. Every order ends with the name (in the reader's collation) and
 * then the key, so two runs over the same data always list results the same way.
 */
import type { FeedModel, GeoPoint, Opportunity } from '../model.js';
import { distanceKm } from '../geo.js';
import { soonestStartMs } from '../time/index.js';
import { inRankOrder, nameRanks, positionsByKey, rankTable, type RankTable } from './model-order.js';
import type { RankedPositions, SearchHit } from './search-index.js';

export { collatorFor } from './model-order.js';

export type SortOrder = 'relevance' | 'next-date' | 'distance' | 'name';

export interface SortContext {
  /** Reader's locales, most preferred first: pick the name's language and the collation ("å" after "z" in Swedish). */
  locales?: readonly string[];
  /** For 'relevance': the query's hits. Items without a hit (or every item, with no query) fall back to name order. */
  searchHits?: readonly SearchHit[];
  /** For 'relevance', instead of searchHits: the hits as positions, best first (SearchIndex.searchPositions). */
  rankedHits?: RankedPositions;
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
  // The first of opportunityOccurrences' (sorted by start), without building their text.
  return soonestStartMs(opportunity, fromMs, toMs);
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
  const ranks = rankTable(byStartThenName(model, starts, names));
  nextDateRanks.set(starts, { model, names, ranks });
  return ranks;
}

/** Ranks every opportunity by these next starts ahead of time, so the first "next date" sort is a numeric one. */
export function prepareNextDateOrder(model: FeedModel, starts: ReadonlyMap<string, number>, locales: readonly string[]): void {
  nextDateRankTable(model, starts, nameRanks(model, locales));
}

/**
 * Every position by next start, then name, missing starts last. Start and name rank are packed into
 * one integer-valued double and sorted natively (a comparator sort of 100k items blocked the page for
 * ~0.5 s); when the starts span too much time to pack exactly, the comparator sort it is.
 */
function byStartThenName(model: FeedModel, starts: ReadonlyMap<string, number>, names: RankTable): number[] {
  const { opportunities } = model;
  const values = new Float64Array(opportunities.length);
  const missing: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  opportunities.forEach((opportunity, position) => {
    const value = starts.get(opportunity.key);
    if (isMissing(value)) {
      missing.push(position);
      return;
    }
    values[position] = value!;
    if (value! < min) min = value!;
    if (value! > max) max = value!;
    if (!Number.isInteger(value)) integers = false;
  });
  const rankScale = 2 ** Math.ceil(Math.log2(opportunities.length + 1));
  const present = opportunities.length - missing.length;
  if (!integers || (present > 0 && !Number.isSafeInteger((max - min + 1) * rankScale))) {
    return sortByValue(model, Array.from(names.positionAt), (opportunity) => starts.get(opportunity.key), names);
  }
  const packed = new Float64Array(present);
  let at = 0;
  const isMissingAt = new Uint8Array(opportunities.length);
  for (const position of missing) isMissingAt[position] = 1;
  for (let position = 0; position < opportunities.length; position++) {
    if (!isMissingAt[position]) packed[at++] = (values[position]! - min) * rankScale + names.rankOf[position]!;
  }
  packed.sort();
  const ordered = Array.from(packed, (value) => names.positionAt[value % rankScale]!);
  return missing.length ? ordered.concat(inRankOrder(missing, names)) : ordered;
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
  return sortPositions(model, positions, order, context).map((position) => model.opportunities[position]!.key);
}

/** sortOpportunityKeys for positions in `model.opportunities` (each listed once). */
export function sortPositions(model: FeedModel, positions: ArrayLike<number>, order: SortOrder, context: SortContext = {}): number[] {
  const names = nameRanks(model, context.locales ?? []);
  if (order === 'relevance' && context.rankedHits?.length) return relevanceOrder(model, positions, rankedHitList(context.rankedHits), names);
  if (order === 'relevance' && context.searchHits?.length) return relevanceOrder(model, positions, hitList(model, context.searchHits), names);
  // A list only for the orders that need one (relevance reads 100k positions where they are).
  const list = Array.from(positions);
  if (order === 'next-date' && (context.nextStarts || context.now !== undefined)) {
    const starts = context.nextStarts
      ?? nextOccurrenceStarts(list.map((position) => model.opportunities[position]!), context.now!, (context.horizonDays ?? 366) * DAY_MS);
    return context.nextStarts && list.length >= WHOLE_MODEL_RANKING_FROM
      ? inRankOrder(list, nextDateRankTable(model, context.nextStarts, names))
      : sortByValue(model, list, (opportunity) => starts.get(opportunity.key), names);
  }
  const valueOf = primaryValueOf(model, order, context);
  return valueOf ? sortByValue(model, list, valueOf, names) : inRankOrder(list, names);
}

/** Hits in their order, whichever form they came in. */
interface HitList {
  length: number;
  positionAt(index: number): number | undefined;
  scoreAt(index: number): number;
}

function rankedHitList(ranked: RankedPositions): HitList {
  return { length: ranked.length, positionAt: (index) => ranked.positions[index], scoreAt: (index) => ranked.scores[index]! };
}

function hitList(model: FeedModel, hits: readonly SearchHit[]): HitList {
  const positionOf = positionsByKey(model);
  const { opportunities } = model;
  return {
    length: hits.length,
    positionAt: (index) => {
      const hit = hits[index]!;
      return hit.position !== undefined && opportunities[hit.position]?.key === hit.key ? hit.position : positionOf.get(hit.key);
    },
    scoreAt: (index) => hits[index]!.score,
  };
}

/**
 * Best score first, equal scores in name order, then the positions without a hit in name order.
 * Search hits come best first, so this walks them once and sorts only runs of equal scores,
 * instead of a comparator sort over every result (100k of them for a one-letter query).
 */
function relevanceOrder(model: FeedModel, positions: ArrayLike<number>, hits: HitList, names: RankTable): number[] {
  const size = model.opportunities.length;
  const scoreOf = new Float64Array(size).fill(Number.NaN);
  const member = new Uint8Array(size);
  for (let index = 0; index < positions.length; index++) member[positions[index]!] = 1;
  // A typed array, not a list: pushing and copying a one-letter query's 100k hits cost milliseconds.
  const scored = new Int32Array(hits.length);
  let count = 0;
  for (let index = 0; index < hits.length; index++) {
    const position = hits.positionAt(index);
    const score = hits.scoreAt(index);
    if (position === undefined || !member[position] || Number.isNaN(score)) continue;
    // A key listed twice keeps its last score, as a map of scores would.
    if (Number.isNaN(scoreOf[position]!)) scored[count++] = position;
    scoreOf[position] = score;
  }
  const { rankOf, positionAt } = names;
  const ordered = scored.subarray(0, count);
  let inOrder = true;
  for (let index = 1; index < count && inOrder; index++) inOrder = scoreOf[ordered[index - 1]!]! >= scoreOf[ordered[index]!]!;
  if (!inOrder) {
    ordered.sort((a, b) => scoreOf[b]! - scoreOf[a]! || rankOf[a]! - rankOf[b]!);
  } else {
    // Feeds repeat titles, so a short query gives long runs of equal scores (tens of thousands at
    // 100k): each run is put in name order by sorting its name ranks natively, not with a comparator.
    const ranks = new Int32Array(count);
    for (let runStart = 0; runStart < count;) {
      let runEnd = runStart + 1;
      while (runEnd < count && scoreOf[ordered[runEnd]!] === scoreOf[ordered[runStart]!]) runEnd++;
      if (runEnd - runStart > 1) {
        const run = ranks.subarray(runStart, runEnd);
        for (let index = 0; index < run.length; index++) run[index] = rankOf[ordered[runStart + index]!]!;
        run.sort();
        for (let index = 0; index < run.length; index++) ordered[runStart + index] = positionAt[run[index]!]!;
      }
      runStart = runEnd;
    }
  }
  const list = new Array<number>(count);
  for (let index = 0; index < count; index++) list[index] = ordered[index]!;
  if (count === positions.length) return list;
  const unscored: number[] = [];
  for (let index = 0; index < positions.length; index++) if (Number.isNaN(scoreOf[positions[index]!]!)) unscored.push(positions[index]!);
  return list.concat(inRankOrder(unscored, names));
}
