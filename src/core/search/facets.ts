/**
 * Facet counts for the finder's checkboxes ("Free (12)"), computed disjunctively: the counts for one
 * facet apply every OTHER active filter but not its own, so ticking "free" leaves "paid" showing how
 * many paid ones there are instead of dropping to zero. One pass over the opportunities serves every
 * facet: an item failing no facet check counts everywhere, an item failing exactly one counts only
 * for that facet, an item failing two counts nowhere.
 */
import type { FeedModel, OpportunityFilters } from '../model.js';
import { FACET_NAMES, type FacetName } from './facet-values.js';
import { facetTableOf, type FacetColumn } from './facet-table.js';
import { hitPositionsOf, keysWithOccurrencesIn, prepareFilters, type FilterContext } from './filters.js';
import { countRows } from './facet-rows.js';

export interface FacetValueCount {
  /** The filter value (topic id, "free", a BCP 47 tag, an organization or place key). */
  value: string;
  /** Opportunities that would match if this value were ticked (with the other facets as they are). */
  count: number;
  /** Name to sort by and show: the organization's or place's name in the locale, else `labelOf`, else the value. */
  label: string;
  /** Ticked in the filters; ticked values are always listed, even at zero, so they can be unticked. */
  selected: boolean;
}

export interface FacetCountOptions {
  /** Locales (most preferred first) for organization/place names and for ordering labels (Intl.Collator). */
  locales?: readonly string[];
  /** Human label for a value, e.g. a translated topic name; organizations and places already have names. */
  labelOf?: (facet: FacetName, value: string) => string | undefined;
}

export type FacetCounts<F extends FacetName> = Record<F, FacetValueCount[]>;

/** In the per-contributor list of failed facets: failed none. */
const PASSED = -1;

/** The matching keys and the facet counts of one set of filters, from one pass over the candidates. */
export interface FilteredWithCounts<F extends FacetName> {
  /** Keys of the opportunities passing every filter, in model order (as applyFilters gives them). */
  keys: string[];
  counts: FacetCounts<F>;
}

/** Live counts for each named facet, ordered by count (highest first), then by label in the locale. */
export function countFacets<F extends FacetName>(
  model: FeedModel,
  filters: OpportunityFilters,
  facetNames: readonly F[],
  context: FilterContext,
  options: FacetCountOptions = {},
): FacetCounts<F> {
  return filterAndCountFacets(model, filters, facetNames, context, options).counts;
}

/**
 * applyFilters and countFacets together: the items passing everything are the items failing no
 * facet check, so one pass (over the query's hits only, when there is a query) yields both.
 */
export function filterAndCountFacets<F extends FacetName>(
  model: FeedModel,
  filters: OpportunityFilters,
  facetNames: readonly F[],
  context: FilterContext,
  options: FacetCountOptions = {},
): FilteredWithCounts<F> {
  const { positions, counts } = filterAndCountPositions(model, filters, facetNames, context, options);
  return { keys: Array.from(positions, (position) => model.opportunities[position]!.key), counts };
}

/** filterAndCountFacets with the passing opportunities as positions in `model.opportunities`, in model order. */
export function filterAndCountPositions<F extends FacetName>(
  model: FeedModel,
  filters: OpportunityFilters,
  facetNames: readonly F[],
  context: FilterContext,
  options: FacetCountOptions = {},
): { positions: Int32Array; counts: FacetCounts<F> } {
  const hitPositions = hitPositionsOf(model, filters, context);
  // The hits are turned into positions here, so the prepared filters need not hold a set of their keys.
  const prepared = prepareFilters(model, filters, { ...context, searchHits: undefined, searchIndex: undefined, hitPositions: undefined });
  const candidates = hitPositions ? inModelOrder(hitPositions, model.opportunities.length) : undefined;
  const table = facetTableOf(model);
  const checks = prepared.facetChecks.map((check) => {
    const column = table[check.facet];
    const wanted = new Uint8Array(column.values.length);
    for (const value of check.selected) {
      const id = column.idOf.get(value);
      if (id !== undefined) wanted[id] = 1;
    }
    return { slot: FACET_NAMES.indexOf(check.facet), column, wanted };
  });
  const { opportunities } = model;
  if (candidates && checks.length === 0 && !prepared.testsQueryOrNear && !prepared.window) {
    // Only the query filters: the hits pass and count everywhere. A short query's hits are most of
    // the model, so counting the few it did not find and subtracting is the cheaper way round.
    const columns = facetNames.map((facet) => table[facet]);
    const tallies = candidates.length * 2 > opportunities.length ? tallyByComplement(columns, candidates) : undefined;
    if (tallies) return { positions: candidates, counts: countRows(model, facetNames, columns, tallies, prepared.facetChecks, options) };
  }
  const total = candidates ? candidates.length : opportunities.length;
  const contributors = new Int32Array(total);
  const failedSlots = new Int8Array(total);
  let contributorCount = 0;
  for (let index = 0; index < total; index++) {
    const position = candidates ? candidates[index]! : index;
    // Reading 100k opportunity objects for a test that passes them all would cost the most here.
    if (prepared.testsQueryOrNear && !prepared.passesQueryAndNear(opportunities[position]!)) continue;
    let failedSlot = PASSED;
    let failures = 0;
    for (const { slot, column, wanted } of checks) {
      let passes = false;
      for (let at = column.start[position]!, end = column.start[position + 1]!; at < end; at++) {
        if (wanted[column.ids[at]!]) {
          passes = true;
          break;
        }
      }
      if (passes) continue;
      failedSlot = slot;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    contributors[contributorCount] = position;
    failedSlots[contributorCount++] = failedSlot;
  }
  const inWindow = prepared.window
    ? keysWithOccurrencesIn(Array.from(contributors.subarray(0, contributorCount), (position) => opportunities[position]!), prepared.window)
    : undefined;

  // Contributors outside the date window drop out; the rest keep their failed facet.
  let kept = 0;
  const passing = new Int32Array(contributorCount);
  let passingCount = 0;
  for (let index = 0; index < contributorCount; index++) {
    const position = contributors[index]!;
    if (inWindow && !inWindow.has(opportunities[position]!.key)) continue;
    contributors[kept] = position;
    failedSlots[kept++] = failedSlots[index]!;
    if (failedSlots[index] === PASSED) passing[passingCount++] = position;
  }
  // One facet at a time over typed arrays (a tight loop per column), counting the contributors
  // that failed no facet or only this one.
  const columns = facetNames.map((facet) => table[facet]);
  const tallies = facetNames.map((facet, facetIndex) => {
    const slot = FACET_NAMES.indexOf(facet);
    const { start, ids } = columns[facetIndex]!;
    const tally = new Int32Array(columns[facetIndex]!.values.length);
    const everyone = passingCount === kept;
    const counted = everyone ? passing : contributors;
    const count = everyone ? passingCount : kept;
    for (let index = 0; index < count; index++) {
      if (!everyone && failedSlots[index] !== PASSED && failedSlots[index] !== slot) continue;
      const position = counted[index]!;
      for (let at = start[position]!, end = start[position + 1]!; at < end; at++) tally[ids[at]!]!++;
    }
    return tally;
  });

  return { positions: passing.subarray(0, passingCount), counts: countRows(model, facetNames, columns, tallies, prepared.facetChecks, options) };
}

/** Per column, how many opportunities of the whole model have each value: worked out once per table. */
const wholeTallies = new WeakMap<FacetColumn, Int32Array>();

function wholeTally(column: FacetColumn): Int32Array {
  let tally = wholeTallies.get(column);
  if (!tally) {
    tally = new Int32Array(column.values.length);
    for (let at = 0; at < column.ids.length; at++) tally[column.ids[at]!]!++;
    wholeTallies.set(column, tally);
  }
  return tally;
}

/**
 * Each column's counts over the positions in `hits` (ascending), as the whole model's counts less
 * those of the positions not in it. Undefined when `hits` is not strictly ascending within the model
 * (a stale index): the caller then counts the hits one by one.
 */
function tallyByComplement(columns: readonly FacetColumn[], hits: Int32Array): Int32Array[] | undefined {
  const modelSize = columns[0] ? columns[0].start.length - 1 : 0;
  const missed: number[] = [];
  let next = 0;
  for (let position = 0; position < modelSize; position++) {
    if (next < hits.length && hits[next] === position) next++;
    else missed.push(position);
  }
  if (next !== hits.length) return undefined;
  return columns.map((column) => {
    const tally = wholeTally(column).slice();
    const { start, ids } = column;
    for (const position of missed) {
      for (let at = start[position]!, end = start[position + 1]!; at < end; at++) tally[ids[at]!]!--;
    }
    return tally;
  });
}

/**
 * Hit positions ascending. A short query's hits are most of a big feed (98k of 100k for one
 * letter): marking them and reading the marks in order is then a pass over the model instead of a
 * sort of the hits. Few hits are simply sorted.
 */
function inModelOrder(hits: Int32Array, modelSize: number): Int32Array {
  if (hits.length * 16 < modelSize) return hits.slice().sort();
  const marked = new Uint8Array(modelSize);
  for (let index = 0; index < hits.length; index++) {
    const position = hits[index]!;
    // A position outside the model (a stale index) or listed twice keeps the sort's treatment.
    if (position < 0 || position >= modelSize || marked[position] === 1) return hits.slice().sort();
    marked[position] = 1;
  }
  const ordered = new Int32Array(hits.length);
  let at = 0;
  for (let position = 0; position < modelSize; position++) if (marked[position] === 1) ordered[at++] = position;
  return ordered;
}
