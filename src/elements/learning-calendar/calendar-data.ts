/**
 * The element's data step, memoised: filtered opportunities per (model, filters, presets), entries per
 * visible range and zone. Paging months re-expands one range; re-rendering for focus moves costs nothing.
 */
import {
  calendarEntries, listAttribute, segmentsByDay, selectForCalendar,
  type CalendarEntry, type CalendarSelection, type DateRange, type DaySegment,
} from '../../core/calendar/index.js';
import { formatLocalDate } from '../../core/calendar/index.js';
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import { createSearchIndex, type SearchIndex } from '../../core/search/index.js';

export interface CalendarDataInput {
  model: FeedModel;
  filters: OpportunityFilters;
  topics?: string;
  organization?: string;
  zone: string;
  range: DateRange;
  compare: (a: CalendarEntry, b: CalendarEntry) => number;
}

export interface CalendarData {
  entries: CalendarEntry[];
  byDay: Map<string, DaySegment<CalendarEntry>[]>;
}

export class CalendarDataCache {
  private selectionKey: unknown[] = [];
  private selection: CalendarSelection | undefined;
  private entriesKey: unknown[] = [];
  private data: CalendarData | undefined;
  private readonly searchIndexes = new WeakMap<FeedModel, SearchIndex>();

  private searchIndexFor(model: FeedModel, filters: OpportunityFilters): SearchIndex | undefined {
    if (!filters.query?.trim()) return undefined;
    let index = this.searchIndexes.get(model);
    if (!index) {
      index = createSearchIndex(model);
      this.searchIndexes.set(model, index);
    }
    return index;
  }

  get(input: CalendarDataInput): CalendarData {
    const { model, filters, topics, organization, zone, range } = input;
    const selectionKey = [model, filters, topics, organization, zone];
    if (!this.selection || !sameKey(selectionKey, this.selectionKey)) {
      this.selection = selectForCalendar(
        model,
        filters,
        { topics: listAttribute(topics), organizations: listAttribute(organization) },
        { now: Date.now(), timeZone: zone, searchIndex: this.searchIndexFor(model, filters) },
      );
      this.selectionKey = selectionKey;
      this.data = undefined;
    }
    const entriesKey = [formatLocalDate(range.from), formatLocalDate(range.to), input.compare];
    if (!this.data || !sameKey(entriesKey, this.entriesKey)) {
      const entries = calendarEntries(this.selection.opportunities, range, zone, this.selection.keep);
      this.data = { entries, byDay: segmentsByDay(entries, range.from, range.to, input.compare) };
      this.entriesKey = entriesKey;
    }
    return this.data;
  }
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
