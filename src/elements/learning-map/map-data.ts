/**
 * Turns the store's model and filters into what the map draws, recomputed only when either changes.
 *
 * The `places` filter is not applied to the map itself: the map is where a visitor picks a place,
 * and hiding every other place once one is picked would leave nothing else to pick. A text query is
 * applied with the page's shared search index (shared/search-index-service.ts, built in idle time);
 * until it is complete there is no data and the map shows its loading state: showing every place
 * meanwhile would pass them off as matches.
 *
 * A large model is grouped a slice at a time (see core/slices.ts), so 100k opportunities never hold the
 * page in one long task; until that pass ends the previous data (or none) is shown, and a pass made
 * stale by a new model or new filters is dropped. Smaller models are grouped at once, as before.
 */
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import { PlaceGrouping, designatedLighthousePlaces, type LighthousePlace, type MapContents } from '../../core/map/place-groups.js';
import { applyFilters } from '../../core/search/filters.js';
import { CompleteIndexWatch } from '../shared/search-index-service.js';
import { runInSlices, yieldToHost } from '../../core/slices.js';

export interface MapData {
  contents: MapContents;
  lighthouses: LighthousePlace[];
}

/**
 * From this many opportunities the grouping is spread over several tasks. Below it the grouping is
 * one short task (10k: ~6 ms), and slicing it cost more than it saved: a 10k map took ~190 ms instead of
 * ~100 ms from data in memory to markers painted (bench/browser/map.mjs), through the extra turns.
 */
export const SLICED_GROUPING_MIN = 20_000;

export class MapDataCache {
  private model: FeedModel | undefined;
  private filtersKey: string | undefined;
  private current: MapData | undefined;
  /** A text query waits for the search index to be complete, then is worked out again with it. */
  private readonly index = new CompleteIndexWatch(() => {
    this.filtersKey = undefined;
    this.onReady();
  });
  private pass: AbortController | undefined;

  /** `onReady` runs when a sliced pass has finished: call get() again for its result. */
  constructor(private readonly onReady: () => void) {}

  /** True while a sliced pass is under way (get() meanwhile returns the previous data) or a query waits for the search index. */
  get pending(): boolean {
    return this.pass !== undefined || this.index.waiting;
  }

  /** A query cannot be answered yet: the search code could not be loaded (new tries are under way). */
  get searchFailed(): boolean {
    return this.index.failed;
  }

  /** Tries to load the search code again at once. */
  retrySearch(): void {
    this.index.retry();
  }

  /** The data for `model` and `filters`; the same object as last time when neither changed. */
  get(model: FeedModel | undefined, filters: OpportunityFilters): MapData | undefined {
    if (!model) return undefined;
    const { places: _places, ...mapFilters } = filters;
    const filtersKey = JSON.stringify(mapFilters);
    // A change of the place filter alone (the map's own "Show what's on here") changes nothing here.
    if (model === this.model && filtersKey === this.filtersKey) return this.current;
    this.pass?.abort();
    this.pass = undefined;
    const sameModel = model === this.model;
    const lighthouses = sameModel ? this.current?.lighthouses : undefined;
    this.model = model;
    this.filtersKey = filtersKey;
    if (!hasQuery(mapFilters)) this.index.stopWaiting();
    else if (!this.index.completeIndex(model)) {
      this.current = undefined;
      return undefined;
    }
    if (model.opportunities.length < SLICED_GROUPING_MIN) {
      const grouping = new PlaceGrouping(model, this.keysFor(model, mapFilters));
      grouping.addNext(model.opportunities.length);
      this.current = { contents: grouping.contents(), lighthouses: lighthouses ?? designatedLighthousePlaces(model) };
      return this.current;
    }
    // Data of another model would name places that may be gone; data of other filters is fine to keep showing.
    if (!sameModel) this.current = undefined;
    const pass = new AbortController();
    this.pass = pass;
    void this.groupInSlices(model, mapFilters, lighthouses, pass.signal).then((data) => {
      if (!data || pass.signal.aborted) return;
      this.pass = undefined;
      this.current = data;
      this.onReady();
    });
    return this.current;
  }

  /** Drops a pass under way (the element left the page). */
  dispose(): void {
    this.pass?.abort();
    this.pass = undefined;
    this.model = undefined;
    this.index.dispose();
  }

  private async groupInSlices(
    model: FeedModel,
    filters: OpportunityFilters,
    lighthouses: LighthousePlace[] | undefined,
    signal: AbortSignal,
  ): Promise<MapData | undefined> {
    // First out of the task that brought the model (or the filters), which has done enough already.
    await yieldToHost();
    if (signal.aborted) return undefined;
    // Filtering stays one step (core's applyFilters); with no filter set there is nothing to run.
    const grouping = new PlaceGrouping(model, Object.keys(filters).length > 0 ? this.keysFor(model, filters) : undefined);
    const grouped = await runInSlices(() => (grouping.addNext(2_000), grouping.done), { signal });
    if (!grouped) return undefined;
    return { contents: grouping.contents(), lighthouses: lighthouses ?? designatedLighthousePlaces(model) };
  }

  private keysFor(model: FeedModel, filters: OpportunityFilters): string[] {
    return applyFilters(model, filters, {
      now: Date.now(),
      timeZone: model.feeds[0]?.timeZone ?? 'UTC',
      searchIndex: hasQuery(filters) ? this.index.completeIndex(model) : undefined,
    });
  }
}

/** A query that is not a string (filters set from plain JavaScript) is no query, as in core's filters. */
function hasQuery(filters: OpportunityFilters): boolean {
  return typeof filters.query === 'string' && filters.query.trim() !== '';
}
