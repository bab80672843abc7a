/**
 * Turns the store's model and filters into what the map draws, recomputed only when either changes.
 *
 * The `places` filter is not applied to the map itself: the map is where a visitor picks a place,
 * and hiding every other place once one is picked would leave nothing else to pick. A text query is
 * applied with a search index built here on first need (once per model).
 *
 * A large model is grouped a slice at a time (see slices.ts), so 100k opportunities never hold the
 * page in one long task; until that pass ends the previous data (or none) is shown, and a pass made
 * stale by a new model or new filters is dropped. Smaller models are grouped at once, as before.
 */
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import { PlaceGrouping, designatedLighthousePlaces, type LighthousePlace, type MapContents } from '../../core/map/place-groups.js';
import { applyFilters, createSearchIndex, type SearchIndex } from '../../core/search/index.js';
import { nextTask, runInSlices } from './slices.js';

export interface MapData {
  contents: MapContents;
  lighthouses: LighthousePlace[];
}

/** Above this many opportunities the grouping is spread over several tasks. */
export const SLICED_GROUPING_MIN = 5_000;

export class MapDataCache {
  private model: FeedModel | undefined;
  private filtersKey: string | undefined;
  private current: MapData | undefined;
  private searchIndex: { model: FeedModel; index: SearchIndex } | undefined;
  private pass: AbortController | undefined;

  /** `onReady` runs when a sliced pass has finished: call get() again for its result. */
  constructor(private readonly onReady: () => void) {}

  /** True while a sliced pass is under way (get() meanwhile returns the previous data). */
  get pending(): boolean {
    return this.pass !== undefined;
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
  }

  private async groupInSlices(
    model: FeedModel,
    filters: OpportunityFilters,
    lighthouses: LighthousePlace[] | undefined,
    signal: AbortSignal,
  ): Promise<MapData | undefined> {
    // First out of the task that brought the model (or the filters), which has done enough already.
    await nextTask();
    if (signal.aborted) return undefined;
    // Filtering stays one step (core's applyFilters); with no filter set there is nothing to run.
    const grouping = new PlaceGrouping(model, Object.keys(filters).length > 0 ? this.keysFor(model, filters) : undefined);
    const grouped = await runInSlices((count) => (grouping.addNext(count), grouping.done), signal, 2_000);
    if (!grouped) return undefined;
    return { contents: grouping.contents(), lighthouses: lighthouses ?? designatedLighthousePlaces(model) };
  }

  private keysFor(model: FeedModel, filters: OpportunityFilters): string[] {
    return applyFilters(model, filters, {
      now: Date.now(),
      timeZone: model.feeds[0]?.timeZone ?? 'UTC',
      searchIndex: filters.query?.trim() ? this.indexFor(model) : undefined,
    });
  }

  private indexFor(model: FeedModel): SearchIndex {
    if (this.searchIndex?.model !== model) this.searchIndex = { model, index: createSearchIndex(model) };
    return this.searchIndex.index;
  }
}
