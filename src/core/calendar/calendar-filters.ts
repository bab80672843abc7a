/**
 * Which opportunities and occurrences a calendar shows: the store's filters (a finder on the same page
 * drives them), narrowed further by the webmaster's presets on the element (`topics`, `organization`).
 *
 * A date filter works on occurrences, not opportunities: with "this weekend" picked, a weekly class
 * shows on Saturday, not on every Tuesday of the month because it also meets on a Saturday.
 */
import type { FeedModel, Occurrence, Opportunity, OpportunityFilters } from '../model.js';
import { dateWindow } from '../search/date-window.js';
import { applyFilters } from '../search/filters.js';
import type { SearchIndex } from '../search/search-index.js';

export interface CalendarPresets {
  /** Topic values; an opportunity with any of them is kept. */
  topics?: readonly string[];
  /** Organization ids as the feed writes them, or keys ("feedKey#id"). */
  organizations?: readonly string[];
}

export interface CalendarFilterContext {
  now: number;
  /** Zone that date presets ("today") count days in: the zone the calendar shows. */
  timeZone: string;
  /** Needed only when the filters hold a text query; without it the query is not applied. */
  searchIndex?: SearchIndex;
}

export interface CalendarSelection {
  opportunities: Opportunity[];
  /** False for occurrences outside the store's date filter. */
  keep: (occurrence: Occurrence) => boolean;
}

/** Organization keys for presets written as ids or keys; unknown ones match nothing. */
export function organizationKeys(model: FeedModel, wanted: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const organization of model.organizations.values()) {
    if (wanted.includes(organization.id) || wanted.includes(organization.key)) keys.add(organization.key);
  }
  return [...keys];
}

/** Splits an attribute value listing words by spaces or commas. */
export function listAttribute(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export function selectForCalendar(
  model: FeedModel,
  filters: OpportunityFilters,
  presets: CalendarPresets,
  context: CalendarFilterContext,
): CalendarSelection {
  const { dates, ...withoutDates } = filters;
  const filterContext = { now: context.now, timeZone: context.timeZone, searchIndex: context.searchIndex };
  let keys = new Set(applyFilters(model, withoutDates, filterContext));
  const presetFilters: OpportunityFilters = {};
  if (presets.topics?.length) presetFilters.topics = [...presets.topics];
  if (presets.organizations?.length) {
    // An organization preset naming nothing in the feed must show nothing, not everything.
    presetFilters.organizations = organizationKeys(model, presets.organizations);
    if (presetFilters.organizations.length === 0) keys = new Set();
  }
  if (keys.size && Object.keys(presetFilters).length) {
    const allowed = new Set(applyFilters(model, presetFilters, filterContext));
    keys = new Set([...keys].filter((key) => allowed.has(key)));
  }
  const window = dates ? dateWindow(dates, context.now, context.timeZone) : undefined;
  return {
    opportunities: model.opportunities.filter((opportunity) => keys.has(opportunity.key)),
    keep: window
      ? (occurrence) => occurrence.startMs < window.toMs && (occurrence.endMs > window.fromMs || occurrence.startMs >= window.fromMs)
      : () => true,
  };
}
