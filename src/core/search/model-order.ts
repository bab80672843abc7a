/**
 * Per-model lookups the finder needs on every keystroke, built once and kept as long as the model
 * lives (WeakMap: a replaced model takes its tables with it). A model is treated as immutable; if
 * its opportunity list is swapped or grows, the tables are rebuilt.
 */
import type { FeedModel } from '../model.js';
import { resolveText } from '../text.js';

interface ModelTables {
  opportunities: FeedModel['opportunities'];
  count: number;
  /** Opportunity key → position in `model.opportunities` (the first, if a key were repeated). */
  positionOf: Map<string, number>;
  /** Name ranks by locale chain (see `nameRanks`). */
  nameRanks: Map<string, RankTable>;
  /** The locale chain of the name ranks built last (a page reads one model in one language). */
  lastLocales?: readonly string[];
  /** Positions in key order (UTF-16 code units), or null when a key is repeated; see `keyOrder`. */
  keyOrder?: Int32Array | null;
}

/** A total order of the model's opportunities, as ranks 0…n-1. */
export interface RankTable {
  /** Position in `model.opportunities` → rank. */
  rankOf: Int32Array;
  /** Rank → position in `model.opportunities`. */
  positionAt: Int32Array;
}

const tablesByModel = new WeakMap<FeedModel, ModelTables>();

function tablesOf(model: FeedModel): ModelTables {
  const cached = tablesByModel.get(model);
  if (cached && cached.opportunities === model.opportunities && cached.count === model.opportunities.length) return cached;
  const positionOf = new Map<string, number>();
  model.opportunities.forEach((opportunity, position) => {
    if (!positionOf.has(opportunity.key)) positionOf.set(opportunity.key, position);
  });
  const tables: ModelTables = { opportunities: model.opportunities, count: model.opportunities.length, positionOf, nameRanks: new Map() };
  tablesByModel.set(model, tables);
  return tables;
}

/** Opportunity key → its position in `model.opportunities`. */
export function positionsByKey(model: FeedModel): ReadonlyMap<string, number> {
  return tablesOf(model).positionOf;
}

const collators = new Map<string, Intl.Collator>();

/** A collator for the locales, falling back to the platform default when a tag is malformed. Shared per locales and options. */
export function collatorFor(locales: readonly string[] | undefined, options: Intl.CollatorOptions = {}): Intl.Collator {
  const cacheKey = JSON.stringify([locales ?? null, options]);
  let collator = collators.get(cacheKey);
  if (collator) return collator;
  try {
    collator = new Intl.Collator(locales ? [...locales] : undefined, { numeric: true, ...options });
  } catch {
    collator = new Intl.Collator(undefined, { numeric: true, ...options });
  }
  // A page uses a handful of locale chains; a bound keeps a hostile caller from growing this forever.
  if (collators.size >= 64) collators.clear();
  collators.set(cacheKey, collator);
  return collator;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * For each position in `model.opportunities`, its place in name order for these locales (the name
 * in the reader's language, in the reader's collation), ties broken by key: comparing two ranks is
 * comparing two names, without a collator. Distinct names are collated once; feeds repeat names a lot.
 */
export function nameRanks(model: FeedModel, locales: readonly string[], resolvedNames?: readonly string[]): RankTable {
  const tables = tablesOf(model);
  const localesKey = locales.join('\u0000');
  const cached = tables.nameRanks.get(localesKey);
  if (cached) return cached;
  const { opportunities } = model;
  // A caller may resolve the names beforehand, a slice at a time (100k of them take a while).
  const names = resolvedNames?.length === opportunities.length ? resolvedNames : opportunities.map((opportunity) => resolveText(opportunity.name, locales));
  const collator = collatorFor(locales.length ? locales : undefined);
  const distinct = [...new Set(names)].sort(collator.compare);
  const nameOrder = new Map<string, number>();
  distinct.forEach((name, order) => {
    // Names the collator calls equal ("Yoga" and "yoga" never are, but canonically equivalent forms are) share an order.
    const previous = distinct[order - 1];
    nameOrder.set(name, previous !== undefined && collator.compare(previous, name) === 0 ? nameOrder.get(previous)! : order);
  });
  const nameOrderOf = Int32Array.from(names, (name) => nameOrder.get(name)!);
  const ranked = rankTable(byNameThenKey(opportunities, nameOrderOf, keyOrder(model)));
  if (tables.nameRanks.size >= 8) tables.nameRanks.clear();
  tables.nameRanks.set(localesKey, ranked);
  tables.lastLocales = [...locales];
  return ranked;
}

/** The locale chain whose name ranks were built last for this model, if any were (see warm-up.ts). */
export function lastRankedLocales(model: FeedModel): readonly string[] | undefined {
  return tablesByModel.get(model)?.lastLocales;
}

/**
 * Positions by name order, then key. Feeds repeat names a lot, so most comparisons would be between
 * keys: the keys are sorted once natively (the default sort compares UTF-16 code units, as
 * compareKeys does) and (name order, key rank) packed into one number, so 100k items sort in
 * milliseconds instead of ~0.4 s of comparator calls. Repeated keys fall back to the comparator.
 */
function byNameThenKey(opportunities: FeedModel['opportunities'], nameOrderOf: Int32Array, positionAtKeyRank: Int32Array | null): number[] {
  const count = opportunities.length;
  if (!positionAtKeyRank) {
    const byName = opportunities.map((_, position) => position);
    return byName.sort((a, b) => nameOrderOf[a]! - nameOrderOf[b]! || compareKeys(opportunities[a]!.key, opportunities[b]!.key));
  }
  const keyScale = 2 ** Math.ceil(Math.log2(count + 1));
  const packed = new Float64Array(count);
  positionAtKeyRank.forEach((position, keyRank) => {
    packed[keyRank] = nameOrderOf[position]! * keyScale + keyRank;
  });
  packed.sort();
  return Array.from(packed, (value) => positionAtKeyRank[value % keyScale]!);
}

/**
 * The model's positions in key order, sorted once per model (whatever the locale); null when a
 * key is repeated, as ranks by key would then not be distinct.
 */
export function keyOrder(model: FeedModel): Int32Array | null {
  const tables = tablesOf(model);
  if (tables.keyOrder !== undefined) return tables.keyOrder;
  const { positionOf } = tables;
  const sortedKeys = positionOf.size === model.opportunities.length ? model.opportunities.map((opportunity) => opportunity.key).sort() : undefined;
  tables.keyOrder = sortedKeys ? Int32Array.from(sortedKeys, (key) => positionOf.get(key)!) : null;
  return tables.keyOrder;
}

/** Ranks from positions listed in order: `rankOf[position]` and its inverse `positionAt[rank]`. */
export function rankTable(positionsInOrder: readonly number[]): RankTable {
  const positionAt = Int32Array.from(positionsInOrder);
  const rankOf = new Int32Array(positionAt.length);
  positionAt.forEach((position, rank) => {
    rankOf[position] = rank;
  });
  return { rankOf, positionAt };
}

/**
 * `positions` (a subset of the model's) in rank order. Ranks are distinct small integers, so a
 * native numeric sort of them replaces a comparator sort: 100k results order in a few milliseconds.
 */
export function inRankOrder(positions: readonly number[], table: RankTable): number[] {
  const ranks = new Int32Array(positions.length);
  positions.forEach((position, index) => {
    ranks[index] = table.rankOf[position]!;
  });
  ranks.sort();
  return Array.from(ranks, (rank) => table.positionAt[rank]!);
}
