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
import { namedFacetValues } from './facet-order.js';
import { collatorFor } from './model-order.js';

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

  const counts = {} as FacetCounts<F>;
  facetNames.forEach((facet, facetIndex) => {
    const selected = prepared.facetChecks.find((check) => check.facet === facet)?.selected ?? new Set<string>();
    counts[facet] = facetRows(model, facet, columns[facetIndex]!, tallies[facetIndex]!, selected, options);
  });
  return { positions: passing.subarray(0, passingCount), counts };
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

/** Every value of a column labelled, and ranked in the order equal counts are listed in. */
interface ColumnLabels {
  labelOf: FacetCountOptions['labelOf'];
  labels: string[];
  /** Value id → place among the column's values (named rank, else collation of the label, else value). */
  order: Int32Array;
}
const labelCache = new WeakMap<FacetColumn, Map<string, ColumnLabels>>();

/**
 * Labels and tie order for a column, worked out once per locale chain and label function: ordering
 * rows on a keystroke is then a numeric sort, with no collator and no label lookups.
 */
function columnLabels(model: FeedModel, facet: FacetName, column: FacetColumn, options: FacetCountOptions): ColumnLabels {
  const locales = options.locales ?? [];
  const cacheKey = locales.join('\u0000');
  let byLocales = labelCache.get(column);
  const cached = byLocales?.get(cacheKey);
  if (cached && cached.labelOf === options.labelOf) return cached;
  const named = namedFacetValues(model, facet, locales);
  const ranks: Array<number | undefined> = [];
  const labels = column.values.map((value, id) => {
    const custom = options.labelOf?.(facet, value);
    ranks[id] = custom ? undefined : named?.rankOf.get(value);
    return custom || named?.labelOf.get(value) || value;
  });
  const collator = collatorFor(options.locales, { sensitivity: 'base' });
  const ids = column.values.map((_, id) => id);
  ids.sort((a, b) => {
    const rankA = ranks[a];
    const rankB = ranks[b];
    if (rankA !== undefined && rankB !== undefined) return rankA - rankB;
    return collator.compare(labels[a]!, labels[b]!) || compareValues(column.values[a]!, column.values[b]!);
  });
  const order = new Int32Array(ids.length);
  ids.forEach((id, place) => {
    order[id] = place;
  });
  const built = { labelOf: options.labelOf, labels, order };
  if (!byLocales) labelCache.set(column, (byLocales = new Map()));
  if (byLocales.size >= 8) byLocales.clear();
  byLocales.set(cacheKey, built);
  return built;
}

function compareValues(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Tallied values (and ticked ones, even at zero) as rows, by count and then by label in the locale. */
function facetRows(
  model: FeedModel,
  facet: FacetName,
  column: FacetColumn,
  tally: Int32Array,
  selected: ReadonlySet<string>,
  options: FacetCountOptions,
): FacetValueCount[] {
  const { labels, order } = columnLabels(model, facet, column, options);
  const shown: number[] = [];
  for (let id = 0; id < tally.length; id++) if (tally[id]! > 0) shown.push(id);
  for (const value of selected) {
    const id = column.idOf.get(value);
    if (id !== undefined && tally[id] === 0) shown.push(id);
  }
  shown.sort((a, b) => tally[b]! - tally[a]! || order[a]! - order[b]!);
  const rows = shown.map((id) => ({ value: column.values[id]!, count: tally[id]!, label: labels[id]!, selected: selected.size > 0 && selected.has(column.values[id]!) }));
  const unknown = [...selected].filter((value) => !column.idOf.has(value));
  return unknown.length ? withUnknownSelected(model, facet, rows, unknown, options) : rows;
}

/**
 * Ticked values no opportunity has (from an old link, say) listed at zero, ordered among the
 * others the way the table's order would have placed them.
 */
function withUnknownSelected(model: FeedModel, facet: FacetName, rows: FacetValueCount[], unknown: readonly string[], options: FacetCountOptions): FacetValueCount[] {
  const collator = collatorFor(options.locales, { sensitivity: 'base' });
  const named = namedFacetValues(model, facet, options.locales ?? []);
  const ranks = new Map<string, number>();
  const all = rows.concat(unknown.map((value) => {
    const custom = options.labelOf?.(facet, value);
    return { value, count: 0, label: custom || named?.labelOf.get(value) || value, selected: true };
  }));
  for (const row of all) {
    const rank = options.labelOf?.(facet, row.value) ? undefined : named?.rankOf.get(row.value);
    if (rank !== undefined) ranks.set(row.value, rank);
  }
  return all.sort((a, b) => {
    if (a.count !== b.count) return b.count - a.count;
    const rankA = ranks.get(a.value);
    const rankB = ranks.get(b.value);
    if (rankA !== undefined && rankB !== undefined) return rankA - rankB;
    return collator.compare(a.label, b.label) || compareValues(a.value, b.value);
  });
}
