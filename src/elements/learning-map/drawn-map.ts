/**
 * Keeps the drawn map (MapView, Leaflet's side) in step with what <learning-map> shows: creates it
 * once the engine has loaded and the map box is visible, hands it new places, rings, labels and tiles
 * after each render, and fits the view to the data when a fit is due and the box has a size. The
 * element decides what to show; this decides when the map has to hear about it.
 */
import type { LighthousePlace } from '../../core/map/place-groups.js';
import type { MapEngine } from './leaflet-loader.js';
import type { MapData } from './map-data.js';
import type { MapView, MapViewOptions } from './map-view.js';
import type { MarkerLabels } from './marker-labels.js';
import type { ViewAttributes } from './view-attributes.js';

/** What the map should show after a render. */
export interface DrawnMapState {
  engine: MapEngine | undefined;
  /** The map box; undefined or hidden while the list is shown (no map is made for a hidden box). */
  container: HTMLElement | null;
  data: MapData | undefined;
  labels: MarkerLabels;
  walkRadius: string | undefined;
  viewAttributes: ViewAttributes;
  /** The tile URL and credit to draw (read only when tiles are due). */
  tiles(): { url: string; attribution: string; missingAttribution: boolean };
  /** The `tiles` or `attribution` attribute changed. */
  tilesChanged: boolean;
  /** The `center` or `zoom` attribute changed: fit again. */
  viewChanged: boolean;
}

export class DrawnMap {
  private mapView?: MapView;
  private resizeObserver?: ResizeObserver;
  private pendingFit = true;
  private shownData?: MapData;
  /** The labels the markers on the map were last named with. */
  private labelledWith?: MarkerLabels;
  private ringsShown?: { lighthouses: readonly LighthousePlace[]; radius: string | undefined };
  /** The data and view the last sync asked for, for fits that wait for the box to get a size. */
  private latest?: DrawnMapState;

  constructor(private readonly viewOptions: () => MapViewOptions) {}

  /** The drawn map, once there is one. */
  get view(): MapView | undefined {
    return this.mapView;
  }

  sync(state: DrawnMapState): void {
    this.latest = state;
    const { engine, container } = state;
    const existing = this.mapView;
    // Not while the map box is hidden: Leaflet would measure it, laying out a list of thousands of places for nothing.
    if (!existing && engine && container && !container.hidden) this.create(engine, container, state.labels);
    if (existing && state.tilesChanged) {
      if (existing.hasTiles) this.applyTiles(existing, state);
      else existing.showCredit(state.tiles().attribution);
    }
    const view = this.mapView;
    if (!view) return;
    if (this.labelledWith !== state.labels) {
      this.labelledWith = state.labels;
      view.relabel();
    }
    let placesChanged = false;
    if (state.data && state.data !== this.shownData) {
      this.shownData = state.data;
      // Drawn once, by the fit below or the redraw after it, not also at the view they are about to leave.
      view.clusters.setPlaces(state.data.contents.places, { draw: false });
      placesChanged = true;
      if (!this.pendingFit && !view.showsAnyOf(state.data.contents.places)) this.pendingFit = true;
    } else if (!state.data && this.shownData) {
      // No data while a query waits for the search index: the markers drawn would pass as its matches.
      this.shownData = undefined;
      view.clusters.setPlaces([]);
    }
    if (state.viewChanged) this.pendingFit = true;
    const rings = { lighthouses: state.data?.lighthouses ?? [], radius: state.walkRadius };
    if (rings.lighthouses !== this.ringsShown?.lighthouses || rings.radius !== this.ringsShown.radius) {
      this.ringsShown = rings;
      view.setRings(rings.lighthouses, state.viewAttributes.walkRadius);
    }
    const fitted = this.fitIfPending();
    if (placesChanged && !fitted) view.clusters.redraw();
    this.tilesIfDue();
  }

  /** The view was moved on purpose (to a place or the visitor): no fit to the data may undo that. */
  cancelFit(): void {
    this.pendingFit = false;
    this.tilesIfDue();
  }

  /** The element left the page: the map goes, and is made and fitted afresh if it comes back. */
  destroy(): void {
    this.resizeObserver?.disconnect();
    this.mapView?.destroy();
    this.mapView = undefined;
    this.shownData = undefined;
    this.ringsShown = undefined;
    this.labelledWith = undefined;
    this.pendingFit = true;
  }

  private create(engine: MapEngine, container: HTMLElement, labels: MarkerLabels): void {
    this.mapView = new engine.MapView(engine.leaflet, container, this.viewOptions());
    this.mapView.showCredit(this.latest!.tiles().attribution);
    container.setAttribute('role', 'region');
    this.labelledWith = labels;
    this.resizeObserver = new ResizeObserver(() => {
      this.mapView?.resized();
      if (this.fitIfPending()) this.tilesIfDue();
    });
    this.resizeObserver.observe(container);
  }

  /**
   * Tiles come once the view is where it will stay: after the first fit to the data, or after the view
   * was moved on purpose. Added earlier (say, while a big feed is grouped or a query waits for the
   * search index) they would be fetched for the whole world first.
   */
  private tilesIfDue(): void {
    const view = this.mapView;
    if (view && !view.hasTiles && !this.pendingFit && this.latest) this.applyTiles(view, this.latest);
  }

  private applyTiles(view: MapView, state: DrawnMapState): void {
    const tiles = state.tiles();
    if (tiles.missingAttribution) console.warn('<learning-map>: tiles are set without attribution; most tile providers require one (attribution="…").');
    view.setTiles(tiles.url, tiles.attribution);
  }

  /** Fits the view to the data if a fit is due and the map has a size; true when it did (and so drew the markers). */
  private fitIfPending(): boolean {
    const view = this.mapView;
    const data = this.latest?.data;
    if (!this.pendingFit || !view || !data || view.map.getContainer().clientWidth === 0) return false;
    this.pendingFit = false;
    const { center, zoom } = this.latest!.viewAttributes;
    view.fitView(data.contents.places, center, zoom);
    return true;
  }
}
