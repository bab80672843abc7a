/**
 * Reading the webmaster's attributes: which facet groups to show and in what order, and the filters a
 * page starts with (`topics="coding languages"`, `audience="children"`, `query="english"`).
 */
import type { OpportunityFilters } from '../../core/model.js';
import { FACET_NAMES, type FacetName } from '../../core/search/facet-values.js';

/** A group in the filters panel: one of core's facets, or the date and distance controls. */
export type FinderFacet = FacetName | 'date' | 'distance';

export const DEFAULT_FACETS: readonly FinderFacet[] = ['date', 'distance', ...FACET_NAMES];

/** The documented spellings, for messages to webmasters. */
export const KNOWN_FACETS = 'date distance topic audience cost attendance-mode language accessibility organization place';

/** Spellings a webmaster may write for each group; kebab-case is the documented one. */
const FACET_ALIASES: Record<string, FinderFacet> = {
  date: 'date', dates: 'date', when: 'date',
  distance: 'distance', near: 'distance',
  topic: 'topic', topics: 'topic',
  audience: 'audience', audiences: 'audience',
  cost: 'cost', price: 'cost',
  'attendance-mode': 'attendanceMode', attendancemode: 'attendanceMode', mode: 'attendanceMode',
  language: 'language', languages: 'language',
  accessibility: 'accessibility',
  organization: 'organization', organizations: 'organization', organisation: 'organization', organizer: 'organization',
  place: 'place', places: 'place',
};

/** "a, b  c" → ["a", "b", "c"] (spaces or commas, duplicates dropped). */
export function parseList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

export interface ParsedFacets {
  facets: FinderFacet[];
  /** Names nobody understood, for the console warning. */
  unknown: string[];
}

/** The groups to show, in the order written; no attribute (or nothing usable) gives every group. */
export function parseFacets(value: string | null | undefined): ParsedFacets {
  const names = parseList(value);
  const facets: FinderFacet[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const facet = FACET_ALIASES[name.toLowerCase()];
    if (!facet) unknown.push(name);
    else if (!facets.includes(facet)) facets.push(facet);
  }
  return { facets: facets.length ? facets : [...DEFAULT_FACETS], unknown };
}

export interface PresetAttributes {
  topics?: string | null;
  audience?: string | null;
  query?: string | null;
}

/** The filters the page starts with; only the attributes that are set. */
export function presetFilters(attributes: PresetAttributes): OpportunityFilters {
  const filters: OpportunityFilters = {};
  const topics = parseList(attributes.topics);
  const audience = parseList(attributes.audience);
  if (topics.length) filters.topics = topics;
  if (audience.length) filters.audience = audience;
  if (attributes.query?.trim()) filters.query = attributes.query.trim();
  return filters;
}

/** How many separate choices are active (for "Filters (3 active)"); the query is not one: it has its own box. */
export function activeFilterCount(filters: OpportunityFilters): number {
  let count = 0;
  for (const field of ['topics', 'audience', 'cost', 'attendanceModes', 'languages', 'accessibility', 'organizations', 'places'] as const) {
    count += filters[field]?.length ?? 0;
  }
  if (filters.dates) count++;
  if (filters.near) count++;
  return count;
}
