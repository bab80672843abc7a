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

const FREE: readonly string[] = ['free'];
const PAID: readonly string[] = ['paid'];
const FACET_SLOTS: Record<FacetName, number> = {
  topic: 0, audience: 1, cost: 2, attendanceMode: 3, language: 4, accessibility: 5, organization: 6, place: 7,
};

/** Distinct facet values per opportunity, computed on first use; `places` is the map the venue features came from. */
interface FacetValueMemo {
  places: FeedModel['places'];
  values: Array<readonly string[] | undefined>;
}
const facetValueMemos = new WeakMap<Opportunity, FacetValueMemo>();

function distinct(values: readonly string[]): readonly string[] {
  if (values.length < 2) return values;
  const unique = new Set(values);
  return unique.size === values.length ? values : [...unique];
}

/**
 * facetValuesOf without repeats ("children" listed twice counts once), remembered per opportunity:
 * counting facets on every keystroke then allocates nothing. The model is treated as immutable.
 */
export function distinctFacetValues(opportunity: Opportunity, facet: FacetName, model: Pick<FeedModel, 'places'>): readonly string[] {
  let memo = facetValueMemos.get(opportunity);
  if (memo?.places !== model.places) {
    memo = { places: model.places, values: [] };
    facetValueMemos.set(opportunity, memo);
  }
  const slot = FACET_SLOTS[facet];
  let values = memo.values[slot];
  if (values === undefined) {
    const cost = facet === 'cost' ? costOf(opportunity) : undefined;
    values = facet !== 'cost' ? distinct(facetValuesOf(opportunity, facet, model)) : cost === 'free' ? FREE : cost === 'paid' ? PAID : NO_VALUES;
    memo.values[slot] = values;
  }
  return values;
}

/**
 * The values a visitor ticked for this facet, normalised the way facetValuesOf normalises them.
 * Filters set from plain JavaScript may break the types: one string stands for a list of one, and
 * anything that is not a string is ignored rather than thrown over.
 */
export function selectedValues(filters: OpportunityFilters, facet: FacetName): readonly string[] {
  const raw: unknown = filters[FACET_FILTER_FIELD[facet]];
  const selected: readonly string[] =
    typeof raw === 'string' ? [raw]
      : !Array.isArray(raw) ? NO_VALUES
        : raw.every((value) => typeof value === 'string') ? raw
          : raw.filter((value): value is string => typeof value === 'string');
  return facet === 'language' ? selected.map(canonicalLanguage) : selected;
}
