/**
 * Turns the store's model and filters into what the map draws, recomputed only when either changes.
 *
 * The `places` filter is not applied to the map itself: the map is where a visitor picks a place,
 * and hiding every other place once one is picked would leave nothing else to pick. A text query is
 * applied with a search index built here on first need (once per model).
 */
import { designatedLighthousePlaces, groupByPlace, type LighthousePlace, type MapContents } from '../../core/map/index.js';
import type { FeedModel, OpportunityFilters } from '../../core/model.js';
import { applyFilters, createSearchIndex, type SearchIndex } from '../../core/search/index.js';

export interface MapData {
  contents: MapContents;
  lighthouses: LighthousePlace[];
}

export class MapDataCache {
  private model: FeedModel | undefined;
  private filtersKey: string | undefined;
  private current: MapData | undefined;
  private searchIndex: { model: FeedModel; index: SearchIndex } | undefined;

  /** The data for `model` and `filters`; the same object as last time when neither changed. */
  get(model: FeedModel | undefined, filters: OpportunityFilters): MapData | undefined {
    if (!model) return undefined;
    const { places: _places, ...mapFilters } = filters;
    const filtersKey = JSON.stringify(mapFilters);
    // A change of the place filter alone (the map's own "Show what's on here") changes nothing here.
    if (model === this.model && filtersKey === this.filtersKey && this.current) return this.current;
    const keys = applyFilters(model, mapFilters, {
      now: Date.now(),
      timeZone: model.feeds[0]?.timeZone ?? 'UTC',
      searchIndex: mapFilters.query?.trim() ? this.indexFor(model) : undefined,
    });
    const lighthouses = model === this.model && this.current ? this.current.lighthouses : designatedLighthousePlaces(model);
    this.model = model;
    this.filtersKey = filtersKey;
    this.current = { contents: groupByPlace(model, keys), lighthouses };
    return this.current;
  }

  private indexFor(model: FeedModel): SearchIndex {
    if (this.searchIndex?.model !== model) this.searchIndex = { model, index: createSearchIndex(model) };
    return this.searchIndex.index;
  }
}
