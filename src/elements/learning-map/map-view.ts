/**
 * The Leaflet side of <learning-map>: the map in the shadow root, its tiles (and noticing when they
 * cannot load), the zoom control, walk-radius rings, "you are here" and the place popup. The element
 * decides what to show; this class only knows how to draw it.
 */
import type * as L from 'leaflet';
import { boundsOf } from '../../core/geo.js';
import type { LighthousePlace, PlaceGroup, WalkRadius } from '../../core/map/index.js';
import type { GeoPoint } from '../../core/model.js';
import { attributionFragment } from './attribution.js';
import { ClusterLayer, type ClusterLayerOptions } from './cluster-layer.js';
import type { LeafletModule } from './leaflet-loader.js';
import type { MapMessages } from './messages.js';

export interface MapViewOptions extends ClusterLayerOptions {
  words(): MapMessages;
  /** Called with true once tiles have failed and none has loaded, with false when one loads. */
  onTilesFailed(failed: boolean): void;
}

const MAX_ZOOM = 19;
const FIT_MAX_ZOOM = 16;

export class MapView {
  readonly map: L.Map;
  readonly clusters: ClusterLayer;
  private tiles: L.TileLayer | undefined;
  private zoomControl: L.Control.Zoom | undefined;
  private readonly rings: L.LayerGroup;
  private here: L.Marker | undefined;
  private popupTrigger: HTMLElement | undefined;
  private zooming = false;
  /** The credit line. Ours, not Leaflet's attribution control, which writes its HTML strings through innerHTML. */
  private readonly credit: HTMLElement;

  constructor(
    private readonly leaflet: LeafletModule,
    container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    const still = options.reducedMotion();
    this.map = leaflet.map(container, {
      zoomControl: false,
      attributionControl: false,
      maxZoom: MAX_ZOOM,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      worldCopyJump: true,
    });
    // A view from the start (the whole world), so layers can ask for bounds before the data is fitted.
    this.map.setView([20, 0], 2, { animate: false });
    this.credit = this.addCredit();
    this.showCredit('');
    this.rings = leaflet.layerGroup().addTo(this.map);
    this.clusters = new ClusterLayer(leaflet, this.map, options);
    this.relabel();
    this.map.on('popupclose', () => this.returnFocus());
    this.map.on('zoomanim', () => (this.zooming = true));
    this.map.on('zoomend', () => (this.zooming = false));
  }

  /** Whether a tile layer was set (the element adds it after the first fit, so no world-view tiles are fetched for nothing). */
  get hasTiles(): boolean {
    return this.tiles !== undefined;
  }

  setTiles(urlTemplate: string, attribution: string): void {
    this.tiles?.remove();
    let loaded = 0;
    let failed = 0;
    this.options.onTilesFailed(false);
    const tiles = this.leaflet.tileLayer(urlTemplate, { maxZoom: MAX_ZOOM });
    this.showCredit(attribution);
    tiles.on('tileload', () => {
      loaded++;
      if (failed > 0) this.options.onTilesFailed(false);
    });
    tiles.on('tileerror', () => {
      failed++;
      if (loaded === 0) this.options.onTilesFailed(true);
    });
    this.tiles = tiles.addTo(this.map);
  }

  /** Where Leaflet's attribution control would be, with its class (so its styles apply), crediting Leaflet. */
  private addCredit(): HTMLElement {
    const credit = document.createElement('div');
    credit.className = 'leaflet-control-attribution';
    const control = new this.leaflet.Control({ position: 'bottomright' });
    control.onAdd = () => credit;
    control.addTo(this.map);
    this.leaflet.DomEvent.disableClickPropagation(credit);
    return credit;
  }

  /**
   * "Leaflet | <the tiles' attribution>", built from nodes: the attribution's HTML is never parsed by
   * the browser. Shown from the start, before the tiles themselves are added (after the first fit).
   */
  showCredit(attribution: string): void {
    const leafletLink = document.createElement('a');
    leafletLink.href = 'https://leafletjs.com';
    leafletLink.title = 'A JavaScript library for interactive maps';
    leafletLink.textContent = 'Leaflet';
    const tiles = attributionFragment(attribution);
    if (!tiles.hasChildNodes()) {
      this.credit.replaceChildren(leafletLink);
      return;
    }
    const bar = document.createElement('span');
    bar.setAttribute('aria-hidden', 'true');
    bar.textContent = '|';
    this.credit.replaceChildren(leafletLink, ' ', bar, ' ', tiles);
  }

  /** Zoom control titles in the current language (the control is rebuilt: it is two links). */
  relabel(): void {
    const words = this.options.words();
    this.zoomControl?.remove();
    this.zoomControl = this.leaflet.control.zoom({ zoomInTitle: words.zoomIn, zoomOutTitle: words.zoomOut }).addTo(this.map);
    this.map.getContainer().setAttribute('aria-label', words.map);
    this.clusters.relabel();
  }

  /** Shows `places` and, unless `center`/`zoom` pin the view, fits the view to them. */
  fitView(places: readonly PlaceGroup[], center?: GeoPoint, zoom?: number): void {
    const bounds = boundsOf(places.map((group) => group.position));
    if (center) {
      this.map.setView([center.latitude, center.longitude], zoom ?? FIT_MAX_ZOOM - 3, { animate: false });
    } else if (bounds) {
      const box = this.leaflet.latLngBounds([bounds.south, bounds.west], [bounds.north, bounds.east]);
      this.map.fitBounds(box, { padding: [32, 32], maxZoom: FIT_MAX_ZOOM, animate: false });
      if (zoom !== undefined) this.map.setZoom(zoom, { animate: false });
    } else {
      this.map.setView([20, 0], zoom ?? 2, { animate: false });
    }
  }

  /** True when at least one of `places` is inside the view. */
  showsAnyOf(places: readonly PlaceGroup[]): boolean {
    const view = this.map.getBounds();
    return places.some((group) => view.contains([group.position.latitude, group.position.longitude]));
  }

  /** Brings one place into view on its own (past the deepest clustering zoom); returns its marker button. */
  showPlace(group: PlaceGroup): HTMLElement {
    this.resized();
    const zoom = Math.max(this.map.getZoom(), this.clusters.maxZoom + 1);
    this.map.setView([group.position.latitude, group.position.longitude], zoom, { animate: false });
    return this.clusters.buttonFor(`place:${group.placeKey}`) ?? this.map.getContainer();
  }

  /** Circles of `radius` around designated learning lighthouses; no rings without a radius. */
  setRings(places: readonly LighthousePlace[], radius: WalkRadius | undefined): void {
    this.rings.clearLayers();
    if (!radius) return;
    for (const place of places) {
      this.leaflet
        .circle([place.position.latitude, place.position.longitude], { radius: radius.meters, interactive: false, className: 'learning-walk-ring' })
        .addTo(this.rings);
    }
  }

  /** Marks the visitor's position and centres on it. */
  showPosition(point: GeoPoint): void {
    const words = this.options.words();
    const dot = document.createElement('span');
    dot.className = 'learning-here';
    dot.setAttribute('role', 'img');
    dot.setAttribute('aria-label', words.youAreHere);
    dot.title = words.youAreHere;
    this.here?.remove();
    const icon = this.leaflet.divIcon({ html: dot, className: 'learning-marker-icon', iconSize: [20, 20] });
    this.here = this.leaflet.marker([point.latitude, point.longitude], { icon, interactive: false, keyboard: false }).addTo(this.map);
    const still = this.options.reducedMotion();
    this.map.setView([point.latitude, point.longitude], Math.max(this.map.getZoom(), 15), { animate: !still });
  }

  /** Opens `content` at a place; focus moves into it when the visitor came by keyboard. */
  openPopup(position: GeoPoint, content: HTMLElement, trigger: HTMLElement, moveFocus: boolean): void {
    const still = this.options.reducedMotion();
    this.popupTrigger = undefined;
    const popup = this.leaflet
      .popup({
        maxWidth: 340,
        minWidth: 240,
        maxHeight: 380,
        autoPan: !still,
        autoPanPadding: [16, 16],
        className: 'learning-popup',
        // The content brings its own close <button>: Leaflet's is a link to "#close", which reads as a broken skip link.
        closeButton: false,
      })
      .setLatLng([position.latitude, position.longitude])
      .setContent(content)
      .openOn(this.map);
    this.popupTrigger = trigger;
    if (still) this.map.panInside([position.latitude, position.longitude], { padding: [48, 48], animate: false });
    popup.getElement()?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.map.closePopup();
    });
    if (moveFocus) content.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  closePopup(): void {
    this.map.closePopup();
  }

  /** Call when the container was shown or resized. */
  resized(): void {
    this.map.invalidateSize({ animate: false });
  }

  destroy(): void {
    this.clusters.destroy();
    // Leaflet finishes a zoom animation from a timer that fails on a removed map, so wait for its end.
    if (this.zooming) this.map.once('zoomend', () => this.map.remove());
    else this.map.remove();
  }

  /** After a popup closes, focus goes back to the marker that opened it, if focus was in the popup. */
  private returnFocus(): void {
    const trigger = this.popupTrigger;
    this.popupTrigger = undefined;
    if (!trigger?.isConnected) return;
    const active = (trigger.getRootNode() as ShadowRoot | Document).activeElement;
    // Focus was in the popup (now gone, or still fading out); elsewhere, the visitor moved it on purpose.
    if (!active || active.closest('.leaflet-popup')) trigger.focus();
  }
}
