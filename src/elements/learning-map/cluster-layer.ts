/**
 * Draws the places in view as Leaflet markers, clustered by core's PlaceClusterIndex. Only what is
 * in view is in the DOM, and a redraw after a pan only adds and removes the difference: markers that
 * stay are left untouched (so a focused marker keeps focus, and a pan frame does no work for them).
 * Each marker and cluster is a real <button> with a name, so keyboard and screen reader users reach
 * them with Tab and activate them with Enter or Space like any button.
 */
import type * as L from 'leaflet';
import { PlaceClusterIndex, type ClusterMarker, type MapMarker, type PlaceGroup } from '../../core/map/index.js';
import type { LeafletModule } from './leaflet-loader.js';

export interface ClusterLayerOptions {
  /** "Central Library — 12 opportunities". */
  placeLabel(placeKey: string, opportunityCount: number): string;
  /** "5 places, 23 opportunities — zoom in". */
  clusterLabel(placeCount: number, opportunityCount: number): string;
  formatNumber(value: number): string;
  /** The visitor chose a place; `viaKeyboard` when with Enter or Space (focus should follow). */
  onPlace(placeKey: string, trigger: HTMLElement, viaKeyboard: boolean): void;
  reducedMotion(): boolean;
}

interface ShownMarker {
  layer: L.Marker;
  button: HTMLButtonElement;
  data: MapMarker;
}

export class ClusterLayer {
  private index: PlaceClusterIndex | undefined;
  private readonly shown = new Map<string, ShownMarker>();
  /** The marker id behind each button, for the one click listener on the marker pane. */
  private readonly idOfButton = new WeakMap<Element, string>();
  private readonly markerPane: HTMLElement;
  private readonly redrawOnMove = () => this.redraw();
  private readonly clickOnPane = (event: MouseEvent) => {
    const button = (event.target as Element).closest('button');
    const markerId = button ? this.idOfButton.get(button) : undefined;
    if (markerId === undefined) return;
    event.stopPropagation();
    // A click from Enter or Space has detail 0; a pointer click counts its clicks.
    this.activate(markerId, event.detail === 0);
  };

  constructor(
    private readonly leaflet: LeafletModule,
    private readonly map: L.Map,
    private readonly options: ClusterLayerOptions,
  ) {
    map.on('moveend', this.redrawOnMove);
    // One listener for every marker instead of one per button: a zoom adds dozens of buttons in one frame.
    // Not interactive for Leaflet either: the buttons handle their own clicks and keys, and a click on
    // one must not also reach the map (which would close the popup it opens).
    this.markerPane = map.getPane('markerPane')!;
    leaflet.DomEvent.disableClickPropagation(this.markerPane);
    this.markerPane.addEventListener('click', this.clickOnPane);
  }

  /**
   * Replaces every place (after a load or a filter change). With `draw: false` nothing is drawn
   * until the next move or redraw(), for a caller about to fit the view (one drawing, not two).
   */
  setPlaces(places: readonly PlaceGroup[], { draw = true }: { draw?: boolean } = {}): void {
    this.index = new PlaceClusterIndex(places, { maxZoom: Math.min(16, this.map.getMaxZoom() - 1) });
    this.clear();
    if (draw) this.redraw();
  }

  /** The deepest zoom at which places are still clustered. */
  get maxZoom(): number {
    return this.index?.maxZoom ?? 16;
  }

  /** The button of a place marker or cluster now on the map. */
  buttonFor(markerId: string): HTMLButtonElement | undefined {
    return this.shown.get(markerId)?.button;
  }

  /** Every marker and cluster now drawn. */
  get markers(): MapMarker[] {
    return [...this.shown.values()].map((shown) => shown.data);
  }

  /** Draws what is in view at the current zoom, adding and removing only what changed. */
  redraw(): void {
    if (!this.index) return;
    const bounds = this.map.getBounds().pad(0.1);
    const wanted = this.index.markersIn(
      { south: bounds.getSouth(), west: bounds.getWest(), north: bounds.getNorth(), east: bounds.getEast() },
      this.map.getZoom(),
    );
    const wantedIds = new Set(wanted.map((marker) => marker.id));
    for (const [id, shown] of this.shown) {
      if (wantedIds.has(id)) continue;
      shown.layer.remove();
      this.shown.delete(id);
    }
    // Same id, same index: the same place or cluster with the same counts, so its name still holds.
    for (const marker of wanted) if (!this.shown.has(marker.id)) this.add(marker);
  }

  /** Renames every marker drawn, after a change of language. */
  relabel(): void {
    for (const shown of this.shown.values()) this.label(shown.button, shown.data);
  }

  /** Zooms until the cluster splits; with `focusAfter`, focus goes to the first of its parts. */
  zoomIntoCluster(marker: ClusterMarker, focusAfter: boolean): void {
    if (!this.index) return;
    const zoom = Math.min(this.index.expansionZoom(marker.clusterId), this.map.getMaxZoom());
    const firstChild = this.index.childrenOf(marker.clusterId)[0];
    const centre: L.LatLngExpression = [marker.position.latitude, marker.position.longitude];
    if (focusAfter) {
      // Registered after the redraw listener, so the children are drawn when this runs.
      this.map.once('moveend', () => {
        const target = firstChild ? this.buttonFor(firstChild.id) : undefined;
        (target ?? this.map.getContainer()).focus();
      });
    }
    if (this.options.reducedMotion()) this.map.setView(centre, zoom, { animate: false });
    else this.map.flyTo(centre, zoom, { duration: 0.5 });
  }

  clear(): void {
    for (const shown of this.shown.values()) shown.layer.remove();
    this.shown.clear();
  }

  destroy(): void {
    this.map.off('moveend', this.redrawOnMove);
    this.markerPane.removeEventListener('click', this.clickOnPane);
    this.clear();
  }

  private add(marker: MapMarker): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = marker.kind === 'cluster' ? 'learning-cluster' : 'learning-marker';
    button.setAttribute('part', marker.kind === 'cluster' ? 'cluster' : 'marker');
    const count = document.createElement('span');
    count.setAttribute('aria-hidden', 'true');
    button.append(count);
    this.label(button, marker);
    const size = marker.kind === 'cluster' ? clusterSize(marker.opportunityCount) : 30;
    const icon = this.leaflet.divIcon({ html: button, className: 'learning-marker-icon', iconSize: [size, size] });
    const layer = this.leaflet.marker([marker.position.latitude, marker.position.longitude], { icon, interactive: false, keyboard: false });
    this.idOfButton.set(button, marker.id);
    layer.addTo(this.map);
    this.shown.set(marker.id, { layer, button, data: marker });
  }

  private activate(markerId: string, viaKeyboard: boolean): void {
    const shown = this.shown.get(markerId);
    if (!shown) return;
    const marker = shown.data;
    if (marker.kind === 'cluster') this.zoomIntoCluster(marker, viaKeyboard);
    else this.options.onPlace(marker.placeKey, shown.button, viaKeyboard);
  }

  private label(button: HTMLButtonElement, marker: MapMarker): void {
    const name =
      marker.kind === 'cluster'
        ? this.options.clusterLabel(marker.placeCount, marker.opportunityCount)
        : this.options.placeLabel(marker.placeKey, marker.opportunityCount);
    button.setAttribute('aria-label', name);
    button.title = name;
    const count = button.firstElementChild;
    if (count) count.textContent = this.options.formatNumber(marker.opportunityCount);
  }
}

/** 34 px for a small cluster up to 56 px for thousands: big enough to hit, never covering a district. */
function clusterSize(opportunities: number): number {
  return Math.round(Math.min(56, 30 + Math.log10(Math.max(1, opportunities)) * 8));
}
