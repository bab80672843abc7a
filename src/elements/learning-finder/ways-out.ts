/**
 * One-click ways out of "no results": drop the search, drop one ticked value, look further ahead in
 * time, or clear everything. Pure: each way out is the filters it leads to, with its button text.
 */
import type { DatePreset, OpportunityFilters } from '../../core/model.js';
import type { FinderMessages } from './messages.js';

export interface WayOut {
  label: string;
  filters: OpportunityFilters;
}

type ListField = 'topics' | 'audience' | 'cost' | 'attendanceModes' | 'languages' | 'accessibility' | 'organizations' | 'places';
const LIST_FIELDS: readonly ListField[] = ['topics', 'audience', 'cost', 'attendanceModes', 'languages', 'accessibility', 'organizations', 'places'];

/** The next wider date preset; past "this month" the way out is "any date". */
const WIDER: Record<DatePreset, DatePreset | undefined> = {
  today: 'next-7-days',
  'this-weekend': 'next-7-days',
  'next-7-days': 'this-month',
  'this-month': undefined,
};

/** Most removal buttons offered; beyond that "Clear all filters" is the quicker way out anyway. */
const MAX_REMOVALS = 6;

export function waysOut(
  filters: OpportunityFilters,
  messages: FinderMessages,
  labelOf: (field: ListField, value: string) => string,
): WayOut[] {
  const ways: WayOut[] = [];
  const without = (change: Partial<OpportunityFilters>): OpportunityFilters => {
    const next: OpportunityFilters = { ...filters, ...change };
    for (const key of Object.keys(next) as Array<keyof OpportunityFilters>) if (next[key] === undefined) delete next[key];
    return next;
  };
  if (filters.query?.trim()) ways.push({ label: messages.clearSearch(filters.query.trim()), filters: without({ query: undefined }) });
  const dates = filters.dates;
  if (dates) {
    const wider = 'preset' in dates ? WIDER[dates.preset] : undefined;
    if (wider) ways.push({ label: messages.widenDates, filters: without({ dates: { preset: wider } }) });
    ways.push({ label: messages.anyDate, filters: without({ dates: undefined }) });
  }
  if (filters.near) ways.push({ label: messages.clearDistance, filters: without({ near: undefined }) });
  let removals = 0;
  for (const field of LIST_FIELDS) {
    for (const value of filters[field] ?? []) {
      if (removals++ >= MAX_REMOVALS) break;
      const rest = (filters[field] as string[]).filter((other) => other !== value);
      ways.push({ label: messages.removeFilter(labelOf(field, value)), filters: without({ [field]: rest.length ? rest : undefined }) });
    }
  }
  if (ways.length > 1) ways.push({ label: messages.clearAll, filters: {} });
  return ways;
}
