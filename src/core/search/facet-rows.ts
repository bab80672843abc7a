/**
 * Facet counts as the rows a filters panel lists: labelled in the reader's language and ordered by
 * count, then by label (ticked values kept at zero so they can be unticked). Split from facets.ts,
 * which does the counting.
 */
import type { FeedModel } from '../model.js';
import type { FacetColumn } from './facet-table.js';
import type { FacetName } from './facet-values.js';
import { namedFacetValues } from './facet-order.js';
import type { FacetCountOptions, FacetCounts, FacetValueCount } from './facets.js';
import { collatorFor } from './model-order.js';

/** Each facet's tally (by value id of its column) as rows; `selected`: the values ticked per facet. */
export function countRows<F extends FacetName>(
  model: FeedModel,
  facetNames: readonly F[],
  columns: readonly FacetColumn[],
  tallies: readonly Int32Array[],
  facetChecks: ReadonlyArray<{ facet: FacetName; selected: ReadonlySet<string> }>,
  options: FacetCountOptions,
): FacetCounts<F> {
  const counts = {} as FacetCounts<F>;
  facetNames.forEach((facet, facetIndex) => {
    const selected = facetChecks.find((check) => check.facet === facet)?.selected ?? new Set<string>();
    counts[facet] = facetRows(model, facet, columns[facetIndex]!, tallies[facetIndex]!, selected, options);
  });
  return counts;
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
