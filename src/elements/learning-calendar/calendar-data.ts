/**
 * The element's data step, memoised: filtered opportunities per (model, filters, presets), entries per
 * visible range and zone. Paging months re-expands one range; re-rendering for focus moves costs nothing.
 * A big selection (SLICE_FROM opportunities and more) is expanded in slices between the page's own
 * tasks: `get` answers undefined meanwhile, and `onReady` asks for a render when the data is in.
 * A text query waits the same way for the page's shared search index (built in idle time, see
 * shared/search-index-service.ts): showing every opportunity meanwhile would pass them off as matches.
 */
import {
  calendarEntries, calendarEntriesInSlices, listAttribute, segmentsByDay, selectForCalendar,
  type CalendarEntry, type CalendarSelection, type DateRange, type DaySegment,
} from '../../core/calendar/index.js';
import { formatLocalDate } from '../../core/calendar/index.js';
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import { CompleteIndexWatch } from '../shared/search-index-service.js';
import { yieldToHost as defaultYieldToHost } from '../../core/slices.js';

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
  private pending?: { key: unknown[]; controller: AbortController; done: Promise<void> };
  /** A text query waits for the search index to be complete. */
  private readonly index = new CompleteIndexWatch(() => this.onReady());

  constructor(private readonly onReady: () => void) {}

  /** A sliced expansion is under way, or a query waits for the search index. */
  get busy(): boolean {
    return this.pending !== undefined || this.index.waiting;
  }

  /** A query cannot be answered yet: the search code could not be loaded (new tries are under way). */
  get searchFailed(): boolean {
    return this.index.failed;
  }

  /** Tries to load the search code again at once. */
  retrySearch(): void {
    this.index.retry();
  }

  /** Resolves once neither is under way (at once when none is). */
  get settled(): Promise<void> {
    return this.pending?.done ?? this.index.done;
  }

  /** Stops a sliced expansion under way and lets go of the search index (the element left the page). */
  cancel(): void {
    this.stopExpanding();
    this.index.dispose();
  }

  private stopExpanding(): void {
    this.pending?.controller.abort();
    this.pending = undefined;
  }

  /** The data for `input`, or undefined while it is being worked out in slices or waits for the search index. */
  get(input: CalendarDataInput): CalendarData | undefined {
    const { model, filters, topics, organization, zone, range } = input;
    const selectionKey = [model, filters, topics, organization, zone];
    if (!this.selection || !sameKey(selectionKey, this.selectionKey)) {
      const query = typeof filters.query === 'string' && filters.query.trim() !== '';
      const searchIndex = query ? this.index.completeIndex(model) : undefined;
      if (query && !searchIndex) {
        this.stopExpanding();
        return undefined;
      }
      this.index.stopWaiting();
      this.selection = selectForCalendar(
        model,
        filters,
        { topics: listAttribute(topics), organizations: listAttribute(organization) },
        { now: Date.now(), timeZone: zone, searchIndex },
      );
      this.selectionKey = selectionKey;
      this.data = undefined;
    }
    const entriesKey = [formatLocalDate(range.from), formatLocalDate(range.to), input.compare, this.selection];
    if (this.data && sameKey(entriesKey, this.entriesKey)) return this.data;
    if (this.selection.opportunities.length >= SLICE_FROM) return this.inSlices(entriesKey, this.selection, input);
    this.stopExpanding();
    const entries = calendarEntries(this.selection.opportunities, range, zone, this.selection.keep);
    this.data = { entries, byDay: segmentsByDay(entries, range.from, range.to, input.compare) };
    this.entriesKey = entriesKey;
    return this.data;
  }

  private inSlices(key: unknown[], selection: CalendarSelection, input: CalendarDataInput): undefined {
    if (this.pending && sameKey(key, this.pending.key)) return undefined;
    this.stopExpanding();
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
