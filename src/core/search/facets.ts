/**
 * Facet counts for the finder's checkboxes ("Free (12)"), computed disjunctively: the counts for one
 * facet apply every OTHER active filter but not its own, so ticking "free" leaves "paid" showing how
 * many paid ones there are instead of dropping to zero. One pass over the opportunities serves every
 * facet: an item failing no facet check counts everywhere, an item failing exactly one counts only
 * for that facet, an item failing two counts nowhere.
 */
import type { FeedModel, Opportunity, OpportunityFilters } from '../model.js';
import { facetValuesOf, type FacetName } from './facet-values.js';
import { keysWithOccurrencesIn, prepareFilters, type FilterContext } from './filters.js';
import { resolveText } from '../text.js';
import { collatorFor } from './sort.js';

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

/** Live counts for each named facet, ordered by count (highest first), then by label in the locale. */
export function countFacets<F extends FacetName>(
  model: FeedModel,
  filters: OpportunityFilters,
  facetNames: readonly F[],
  context: FilterContext,
  options: FacetCountOptions = {},
): FacetCounts<F> {
  const prepared = prepareFilters(model, filters, context);
  const contributors: Array<{ opportunity: Opportunity; failedFacet: FacetName | null }> = [];
  for (const opportunity of model.opportunities) {
    if (!prepared.passesQueryAndNear(opportunity)) continue;
    let failedFacet: FacetName | null = NO_FAILED_FACET;
    let failures = 0;
    for (const check of prepared.facetChecks) {
      if (check.test(opportunity)) continue;
      failedFacet = check.facet;
      if (++failures > 1) break;
    }
    if (failures <= 1) contributors.push({ opportunity, failedFacet });
  }
  const inWindow = prepared.window
    ? keysWithOccurrencesIn(contributors.map((contributor) => contributor.opportunity), prepared.window)
    : undefined;

  const tallies = new Map<FacetName, Map<string, number>>(facetNames.map((facet) => [facet, new Map()]));
  for (const { opportunity, failedFacet } of contributors) {
    if (inWindow && !inWindow.has(opportunity.key)) continue;
    for (const facet of facetNames) {
      if (failedFacet !== NO_FAILED_FACET && failedFacet !== facet) continue;
      const tally = tallies.get(facet)!;
      const values = facetValuesOf(opportunity, facet, model);
      // An item listing "children" twice still counts once.
      for (const value of values.length > 1 ? new Set(values) : values) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }

  const collator = collatorFor(options.locales, { sensitivity: 'base' });
  const result = {} as FacetCounts<F>;
  for (const facet of facetNames) {
    const tally = tallies.get(facet)!;
    const selected = prepared.facetChecks.find((check) => check.facet === facet)?.selected ?? new Set<string>();
    for (const value of selected) if (!tally.has(value)) tally.set(value, 0);
    const rows = [...tally].map(([value, count]) => ({
      value,
      count,
      label: labelFor(model, facet, value, options),
      selected: selected.has(value),
    }));
    rows.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    result[facet] = rows;
  }
  return result;
}

function labelFor(model: FeedModel, facet: FacetName, value: string, options: FacetCountOptions): string {
  const custom = options.labelOf?.(facet, value);
  if (custom) return custom;
  if (facet === 'organization') return resolveText(model.organizations.get(value)?.name, options.locales ?? []) || value;
  if (facet === 'place') return resolveText(model.places.get(value)?.name, options.locales ?? []) || value;
  return value;
}
