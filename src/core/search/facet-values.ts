/**
 * What each facet reads from an opportunity. Filtering and counting both go through here, so a value
 * a visitor can tick is always a value the filter understands.
 */
import type { FeedModel, Opportunity, OpportunityFilters } from '../model.js';

export type FacetName =
  | 'topic'
  | 'audience'
  | 'cost'
  | 'attendanceMode'
  | 'language'
  | 'accessibility'
  | 'organization'
  | 'place';

export const FACET_NAMES: readonly FacetName[] = [
  'topic', 'audience', 'cost', 'attendanceMode', 'language', 'accessibility', 'organization', 'place',
];

/** The filter list each facet narrows (OpportunityFilters keeps plural, schema-ish names). */
export const FACET_FILTER_FIELD = {
  topic: 'topics',
  audience: 'audience',
  cost: 'cost',
  attendanceMode: 'attendanceModes',
  language: 'languages',
  accessibility: 'accessibility',
  organization: 'organizations',
  place: 'places',
} as const satisfies Record<FacetName, keyof OpportunityFilters>;

export type CostValue = 'free' | 'paid';

/**
 * "free" or "paid": the publisher's isAccessibleForFree wins; otherwise the offers decide (any price
 * above zero is paid, only zero prices is free); no information gives undefined, which neither
 * cost value matches, because guessing would mislead someone on a tight budget.
 */
export function costOf(opportunity: Opportunity): CostValue | undefined {
  if (opportunity.isFree === true) return 'free';
  if (opportunity.isFree === false) return 'paid';
  const prices = opportunity.offers.map((offer) => offer.price).filter((price): price is number => Number.isFinite(price));
  if (prices.length === 0) return undefined;
  return prices.some((price) => price > 0) ? 'paid' : 'free';
}

const canonicalLanguageCache = new Map<string, string>();

/** "en-gb" and "en-GB" are one facet value; a malformed tag stays as written rather than vanishing. */
export function canonicalLanguage(tag: string): string {
  let canonical = canonicalLanguageCache.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      canonical = tag;
    }
    canonicalLanguageCache.set(tag, canonical);
  }
  return canonical;
}

const NO_VALUES: readonly string[] = [];

/** The facet's values for one opportunity (possibly several, possibly none). */
export function facetValuesOf(opportunity: Opportunity, facet: FacetName, model: Pick<FeedModel, 'places'>): readonly string[] {
  switch (facet) {
    case 'topic':
      return opportunity.topics;
    case 'audience':
      return opportunity.audience;
    case 'cost': {
      const cost = costOf(opportunity);
      return cost ? [cost] : NO_VALUES;
    }
    case 'attendanceMode':
      return [opportunity.attendanceMode];
    case 'language':
      return opportunity.languages.map(canonicalLanguage);
    case 'accessibility': {
      // A venue's step-free access or hearing loop serves every session held there.
      const venueFeatures = opportunity.placeKey ? model.places.get(opportunity.placeKey)?.accessibilitySupport : undefined;
      return venueFeatures?.length ? [...opportunity.accessibilitySupport, ...venueFeatures] : opportunity.accessibilitySupport;
    }
    case 'organization':
      return opportunity.organizerKey ? [opportunity.organizerKey] : NO_VALUES;
    case 'place':
      return opportunity.placeKey ? [opportunity.placeKey] : NO_VALUES;
  }
}

/** The values a visitor ticked for this facet, normalised the way facetValuesOf normalises them. */
export function selectedValues(filters: OpportunityFilters, facet: FacetName): readonly string[] {
  const selected: readonly string[] = filters[FACET_FILTER_FIELD[facet]] ?? NO_VALUES;
  return facet === 'language' ? selected.map(canonicalLanguage) : selected;
}
