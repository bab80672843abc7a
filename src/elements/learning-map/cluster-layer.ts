/**
 * Draws the places in view as Leaflet markers, clustered by core's PlaceClusterIndex. Only what is
 * in view is in the DOM, and a redraw after a pan keeps the markers that stay (so a focused marker
 * keeps focus). Each marker and cluster is a real <button> with a name, so keyboard and screen
 * reader users reach them with Tab and activate them with Enter or Space like any button.
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
  private readonly redrawOnMove = () => this.redraw();

  constructor(
    private readonly leaflet: LeafletModule,
    private readonly map: L.Map,
    private readonly options: ClusterLayerOptions,
  ) {
    map.on('moveend', this.redrawOnMove);
  }

  /** Replaces every place (after a load or a filter change) and redraws. */
  setPlaces(places: readonly PlaceGroup[]): void {
    this.index = new PlaceClusterIndex(places, { maxZoom: Math.min(16, this.map.getMaxZoom() - 1) });
    this.clear();
    this.redraw();
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

  /** Draws what is in view at the current zoom; call after a change of language to rename markers. */
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
    for (const marker of wanted) {
      const shown = this.shown.get(marker.id);
      if (shown) this.label(shown.button, marker);
      else this.add(marker);
    }
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
    // Not interactive for Leaflet: the button handles its own clicks and keys, and a click on it
    // must not also reach the map (which would close the popup it opens).
    const layer = this.leaflet.marker([marker.position.latitude, marker.position.longitude], { icon, interactive: false, keyboard: false });
    this.leaflet.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      // A click from Enter or Space has detail 0; a pointer click counts its clicks.
      this.activate(marker.id, event.detail === 0);
    });
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
