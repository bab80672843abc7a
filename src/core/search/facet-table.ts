/**
 * Every opportunity's facet values as small integers, read once per model: counting facets over
 * 100k results is then typed-array increments, with no strings, Maps or allocations per keystroke.
 * The table can be built a slice at a time (`advanceFacetTable`), so a 100k-item feed never blocks
 * the page for the whole pass; `facetTableOf` finishes whatever is left.
 */
import type { FeedModel } from '../model.js';
import { FACET_NAMES, facetValuesOf, type FacetName } from './facet-values.js';

/** One facet's values: `values[id]`, and opportunity `p`'s distinct ids at `ids[start[p] … start[p+1])`. */
export interface FacetColumn {
  readonly values: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

export type FacetTable = Record<FacetName, FacetColumn>;

interface Building {
  opportunities: FeedModel['opportunities'];
  places: FeedModel['places'];
  next: number;
  values: Record<FacetName, string[]>;
  idOf: Record<FacetName, Map<string, number>>;
  start: Record<FacetName, Int32Array>;
  ids: Record<FacetName, number[]>;
  table?: FacetTable;
}

const building = new WeakMap<FeedModel, Building>();

function perFacet<T>(make: (facet: FacetName) => T): Record<FacetName, T> {
  return Object.fromEntries(FACET_NAMES.map((facet) => [facet, make(facet)])) as Record<FacetName, T>;
}

function stateOf(model: FeedModel): Building {
  const cached = building.get(model);
  // The model is treated as immutable; a swapped list or venue map starts the table again.
  if (cached && cached.opportunities === model.opportunities && cached.places === model.places) return cached;
  const count = model.opportunities.length;
  const state: Building = {
    opportunities: model.opportunities,
    places: model.places,
    next: 0,
    values: perFacet(() => []),
    idOf: perFacet(() => new Map()),
    start: perFacet(() => new Int32Array(count + 1)),
    ids: perFacet(() => []),
  };
  building.set(model, state);
  return state;
}

/**
 * Reads up to `count` more opportunities into the model's table; true once it is complete.
 * facetValuesOf is the single reading of a facet, so the table and the filters always agree.
 */
export function advanceFacetTable(model: FeedModel, count: number): boolean {
  const state = stateOf(model);
  if (state.table) return true;
  const { opportunities } = model;
  const end = Math.min(opportunities.length, state.next + Math.max(1, count));
  for (const facet of FACET_NAMES) {
    const values = state.values[facet];
    const idOf = state.idOf[facet];
    const start = state.start[facet];
    const ids = state.ids[facet];
    for (let position = state.next; position < end; position++) {
      start[position] = ids.length;
      const first = ids.length;
      for (const value of facetValuesOf(opportunities[position]!, facet, model)) {
        let id = idOf.get(value);
        if (id === undefined) {
          id = values.length;
          values.push(value);
          idOf.set(value, id);
        }
        // Repeats ("children" listed twice) count once.
        if (ids.indexOf(id, first) === -1) ids.push(id);
      }
    }
    start[end] = ids.length;
  }
  state.next = end;
  if (end < opportunities.length) return false;
  state.table = perFacet((facet) => ({
    values: state.values[facet],
    idOf: state.idOf[facet],
    start: state.start[facet],
    ids: Int32Array.from(state.ids[facet]),
  }));
  return true;
}

/** The model's complete facet table (finishing a sliced build, or building it now). */
export function facetTableOf(model: FeedModel): FacetTable {
  advanceFacetTable(model, Number.MAX_SAFE_INTEGER);
  return stateOf(model).table!;
}
