/**
 * The finder's own words in English; other locales are in src/i18n/translations/<locale>.ts. Facet values use the shared vocabulary labels
 * (audience, accessibility), `topic-labels.ts`, the shared cost/mode words and Intl (languages).
 * Counts are formatted by the caller with Intl.NumberFormat; `n` picks the plural form.
 */
import type { DatePreset } from '../../core/model.js';
import type { FacetName, SortOrder } from '../../core/search/index.js';
import { defineMessages } from '../../i18n/catalog.js';
import { pluralRules } from '../../i18n/word-forms.js';

export interface FinderMessages {
  searchLabel: string;
  searchHint: string;
  filters: string;
  /** Summary of the folded filters on narrow widths: "Filters (2 active)". */
  filtersSummary(active: number, formatted: string): string;
  facet: Record<FacetName, string>;
  when: string;
  anyTime: string;
  datePreset: Record<DatePreset, string>;
  customDates: string;
  from: string;
  to: string;
  distance: string;
  nearMe: string;
  locating: string;
  nearPlace: string;
  findPlace: string;
  radius: string;
  /** "Near Sale Library"; without a label the centre is the visitor's own position. */
  near(label: string | undefined): string;
  clearDistance: string;
  geoDenied: string;
  geoUnavailable: string;
  geoUnsupported: string;
  placeNotFound(text: string): string;
  sortBy: string;
  sort: Record<SortOrder, string>;
  results: string;
  count(n: number, formatted: string): string;
  /** What the live region says: the count, and the query when there is one. */
  announce(n: number, formatted: string, query: string | undefined): string;
  showMore(formatted: string): string;
  showEarlier(formatted: string): string;
  showing(first: string, last: string, total: string): string;
  moreOptions(formatted: string): string;
  fewerOptions: string;
  noResults: string;
  waysOut: string;
  removeFilter(label: string): string;
  clearSearch(query: string): string;
  anyDate: string;
  widenDates: string;
  clearAll: string;
  indexing: string;
  stale: string;
  emptyFeed: string;
  back: string;
}

export const finderMessages = defineMessages('finder', {
  searchLabel: 'Search learning opportunities', searchHint: 'For example “english”, “coding for kids”',
  filters: 'Filters', filtersSummary: (active, n) => (active ? `Filters (${n} active)` : 'Filters'),
  facet: { topic: 'Topic', audience: 'Who it is for', cost: 'Cost', attendanceMode: 'How it is held', language: 'Language', accessibility: 'Accessibility', organization: 'Organised by', place: 'Place' },
  when: 'When', anyTime: 'Any time',
  datePreset: { today: 'Today', 'this-weekend': 'This weekend', 'next-7-days': 'Next 7 days', 'this-month': 'This month' },
  customDates: 'Choose dates', from: 'From', to: 'To',
  distance: 'Distance', nearMe: 'Near me', locating: 'Finding your location…', nearPlace: 'Near a place', findPlace: 'Go', radius: 'Within',
  near: (label) => `Near ${label ?? 'your location'}`, clearDistance: 'Any distance',
  geoDenied: 'Your browser did not share your location. You can choose a place instead.',
  geoUnavailable: 'Your location could not be found just now. You can choose a place instead.',
  geoUnsupported: 'This browser cannot share your location. You can choose a place instead.',
  placeNotFound: (text) => `No place called “${text}” was found.`,
  sortBy: 'Sort by', sort: { relevance: 'Best match', 'next-date': 'Next date', distance: 'Distance', name: 'Name' },
  results: 'Results',
  count: (n, f) => (n === 0 ? 'No results' : pluralRules('en').select(n) === 'one' ? `${f} result` : `${f} results`),
  announce: (n, f, query) => `${n === 0 ? 'No results' : pluralRules('en').select(n) === 'one' ? `${f} result` : `${f} results`}${query ? ` for “${query}”` : ''}`,
  showMore: (f) => `Show ${f} more`, showEarlier: (f) => `Show ${f} earlier results`,
  showing: (first, last, total) => `Showing ${first}–${last} of ${total}`,
  moreOptions: (f) => `Show all ${f}`, fewerOptions: 'Show fewer',
  noResults: 'Nothing matches all of these filters.', waysOut: 'Try one of these:',
  removeFilter: (label) => `Remove “${label}”`, clearSearch: (query) => `Clear the search “${query}”`,
  anyDate: 'Any date', widenDates: 'Look further ahead', clearAll: 'Clear all filters',
  indexing: 'Search is still getting ready; more matches may appear.',
  stale: 'Showing an earlier copy of the listings; it may be out of date.',
  emptyFeed: 'Nothing is listed yet.', back: 'Back to results',
});
