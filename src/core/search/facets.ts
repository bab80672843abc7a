/**
 * Facet counts for the finder's checkboxes ("Free (12)"), computed disjunctively: the counts for one
 * facet apply every OTHER active filter but not its own, so ticking "free" leaves "paid" showing how
 * many paid ones there are instead of dropping to zero. One pass over the opportunities serves every
 * facet: an item failing no facet check counts everywhere, an item failing exactly one counts only
 * for that facet, an item failing two counts nowhere.
 */
import type { FeedModel, Opportunity, OpportunityFilters } from '../model.js';
import { distinctFacetValues, type FacetName } from './facet-values.js';
import { candidatesFor, keysWithOccurrencesIn, prepareFilters, type FilterContext } from './filters.js';
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

const NO_FAILED_FACET = null;

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
  const prepared = prepareFilters(model, filters, context);
  const contributors: Opportunity[] = [];
  const failedFacets: Array<FacetName | null> = [];
  for (const opportunity of candidatesFor(model, prepared)) {
    if (!prepared.passesQueryAndNear(opportunity)) continue;
    let failedFacet: FacetName | null = NO_FAILED_FACET;
    let failures = 0;
    for (const check of prepared.facetChecks) {
      if (check.test(opportunity)) continue;
      failedFacet = check.facet;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    contributors.push(opportunity);
    failedFacets.push(failedFacet);
  }
  const inWindow = prepared.window ? keysWithOccurrencesIn(contributors, prepared.window) : undefined;

  const keys: string[] = [];
  const tallies = facetNames.map(() => new Map<string, number>());
  contributors.forEach((opportunity, index) => {
    if (inWindow && !inWindow.has(opportunity.key)) return;
    const failedFacet = failedFacets[index];
    if (failedFacet === NO_FAILED_FACET) keys.push(opportunity.key);
    facetNames.forEach((facet, facetIndex) => {
      if (failedFacet !== NO_FAILED_FACET && failedFacet !== facet) return;
      const tally = tallies[facetIndex]!;
      for (const value of distinctFacetValues(opportunity, facet, model)) tally.set(value, (tally.get(value) ?? 0) + 1);
    });
  });

  const collator = collatorFor(options.locales, { sensitivity: 'base' });
  const counts = {} as FacetCounts<F>;
  facetNames.forEach((facet, facetIndex) => {
    const tally = tallies[facetIndex]!;
    const selected = prepared.facetChecks.find((check) => check.facet === facet)?.selected ?? new Set<string>();
    for (const value of selected) if (!tally.has(value)) tally.set(value, 0);
    const named = namedFacetValues(model, facet, options.locales ?? []);
    // A rank stands for the model name's place in collation order; a custom label has none.
    const ranks = new Map<string, number>();
    const rows = [...tally].map(([value, count]) => {
      const custom = options.labelOf?.(facet, value);
      const rank = custom ? undefined : named?.rankOf.get(value);
      if (rank !== undefined) ranks.set(value, rank);
      return { value, count, label: custom || named?.labelOf.get(value) || value, selected: selected.has(value) };
    });
    rows.sort((a, b) => {
      if (a.count !== b.count) return b.count - a.count;
      const rankA = ranks.get(a.value);
      const rankB = ranks.get(b.value);
      if (rankA !== undefined && rankB !== undefined) return rankA - rankB;
      return collator.compare(a.label, b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
    });
    counts[facet] = rows;
  });
  return { keys, counts };
}
