/**
 * The element's data step, memoised: filtered opportunities per (model, filters, presets), entries per
 * visible range and zone. Paging months re-expands one range; re-rendering for focus moves costs nothing.
 * A big selection (SLICE_FROM opportunities and more) is expanded in slices between the page's own
 * tasks: `get` answers undefined meanwhile, and `onReady` asks for a render when the data is in.
 */
import {
  calendarEntries, calendarEntriesInSlices, listAttribute, segmentsByDay, selectForCalendar,
  type CalendarEntry, type CalendarSelection, type DateRange, type DaySegment,
} from '../../core/calendar/index.js';
import { formatLocalDate } from '../../core/calendar/index.js';
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import { createSearchIndex, type SearchIndex } from '../../core/search/index.js';
import { defaultYieldToHost } from '../../core/parse/parse-slices.js';

/** From this many opportunities a range is expanded in slices; below it, at once (a few ms at most). */
export const SLICE_FROM = 5000;

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
  private pending?: { key: unknown[]; controller: AbortController; done: Promise<void> };

  constructor(private readonly onReady: () => void) {}

  /** A sliced expansion is under way. */
  get busy(): boolean {
    return this.pending !== undefined;
  }

  /** Resolves once no sliced expansion is under way (at once when none is). */
  get settled(): Promise<void> {
    return this.pending?.done ?? Promise.resolve();
  }

  /** Stops a sliced expansion under way (the element left the page). */
  cancel(): void {
    this.pending?.controller.abort();
    this.pending = undefined;
  }

  private searchIndexFor(model: FeedModel, filters: OpportunityFilters): SearchIndex | undefined {
    if (!filters.query?.trim()) return undefined;
    let index = this.searchIndexes.get(model);
    if (!index) {
      index = createSearchIndex(model);
      this.searchIndexes.set(model, index);
    }
    return index;
  }

  /** The data for `input`, or undefined while it is being worked out in slices. */
  get(input: CalendarDataInput): CalendarData | undefined {
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
    const entriesKey = [formatLocalDate(range.from), formatLocalDate(range.to), input.compare, this.selection];
    if (this.data && sameKey(entriesKey, this.entriesKey)) return this.data;
    if (this.selection.opportunities.length >= SLICE_FROM) return this.inSlices(entriesKey, this.selection, input);
    this.cancel();
    const entries = calendarEntries(this.selection.opportunities, range, zone, this.selection.keep);
    this.data = { entries, byDay: segmentsByDay(entries, range.from, range.to, input.compare) };
    this.entriesKey = entriesKey;
    return this.data;
  }

  private inSlices(key: unknown[], selection: CalendarSelection, input: CalendarDataInput): undefined {
    if (this.pending && sameKey(key, this.pending.key)) return undefined;
    this.cancel();
    const controller = new AbortController();
    const { signal } = controller;
    const { range, zone, compare } = input;
    const done = calendarEntriesInSlices(selection.opportunities, range, zone, selection.keep, { yieldToHost: defaultYieldToHost, signal })
      .then(async (entries) => {
        await defaultYieldToHost();
        if (signal.aborted) return;
        const byDay = segmentsByDay(entries, range.from, range.to, compare);
        this.data = { entries, byDay };
        this.entriesKey = key;
        this.pending = undefined;
        this.onReady();
      })
      .catch(() => undefined); // aborted: a newer range or feed took over
    this.pending = { key, controller, done };
    return undefined;
  }
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
