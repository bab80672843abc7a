import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PlaceGroup } from '../../core/map/place-groups.js';
import type { FeedStatus } from '../../data/store.js';
import { errorState, loadingState } from '../shared/states.js';
import { searchFailedState } from '../shared/search-failed-state.js';
import { StoreController } from '../shared/store-controller.js';
import { baseStyles, stateStyles, visuallyHidden } from '../shared/styles.js';
import type { LearningFilterChangeDetail } from './events.js';
import { leafletFailureMessage, loadMapEngine, type MapEngine } from './leaflet-loader.js';
import { locateVisitor } from './locate.js';
import { MapDataCache, type MapData } from './map-data.js';
import type { MapView } from './map-view.js';
import { MarkerLabels } from './marker-labels.js';
import { mapMessages, type MapMessages } from './messages.js';
import { PlaceListOrder } from './place-list-order.js';
import { initiallyOpenSections, placeList, placeNameIn, placeNamer, placePopup, toggled, unmappedList, type PlaceViewContext } from './place-views.js';
import { mapStyles } from './styles.js';
import { OSM_TILES, tileSettings } from './tile-defaults.js';
import { DrawnMap } from './drawn-map.js';
import { readViewAttributes, type ViewAttributes } from './view-attributes.js';
import { LocalizedElement } from '../shared/localized-element.js';

type Words = (words: MapMessages) => string;

const PROBLEM_MESSAGES = { refused: 'locationRefused', unavailable: 'locationUnavailable', unsupported: 'locationUnsupported' } as const;

/**
 * The places of a Learning Feed's opportunities on a map, clustered, with a list alternative.
 * The map engine (Leaflet, clustering, Leaflet's CSS) is loaded the first time a map connects; the
 * list, notices, filters and events work before it arrives or without it.
 *
 * @summary A map of where learning happens.
 *
 * @event {CustomEvent<LearningSelectDetail>} learning-select - A visitor chose an opportunity in a popup or the list (from the shared card).
 * @event {CustomEvent<LearningFilterChangeDetail>} learning-filter-change - A visitor pressed "Show what's on here": the shared filters now hold that place.
 *
 * @csspart map - The map box.
 * @csspart marker - A place marker (a button).
 * @csspart cluster - A cluster of places (a button).
 * @csspart list - The list of places.
 * @csspart popup - A place's popup content.
 * @csspart notice - The notice shown when tiles cannot load.
 * @csspart online - Online-only opportunities, beside the map.
 * @csspart state - Loading and error messages (each also has one of the parts below).
 * @csspart loading - The loading placeholder.
 * @csspart error - The message when the feed could not load.
 * @csspart unmapped - The box beside the map with online-only opportunities and those without a position.
 * @csspart without-position - Opportunities whose place has no position, beside the map.
 *
 * @cssproperty --learning-map-background - Behind the tiles, and instead of them when they cannot load.
 * @cssproperty --learning-map-cluster - Cluster fill.
 * @cssproperty --learning-map-height - Height of the map (default 26rem).
 * @cssproperty --learning-map-here - The "you are here" dot.
 * @cssproperty --learning-map-marker - Place marker fill.
 * @cssproperty --learning-map-marker-border - Outline of markers and of the "you are here" dot.
 * @cssproperty --learning-map-marker-text - Text on a place marker.
 * @cssproperty --learning-map-ring - Walk-radius rings around learning lighthouses.
 * @cssproperty --learning-font-family - Font family (default: the page's, inherited).
 * @cssproperty --learning-font-size - Base font size (default: the page's, inherited).
 * @cssproperty --learning-text - Text colour.
 * @cssproperty --learning-muted - Secondary text: counts, providers, hints.
 * @cssproperty --learning-background - Background of the widget's area (default: transparent in light, painted in dark).
 * @cssproperty --learning-surface - Cards, panels, inputs and dialogs.
 * @cssproperty --learning-accent - Links, buttons, selected and current items.
 * @cssproperty --learning-on-accent - Text on an accent background (pressed buttons, primary actions).
 * @cssproperty --learning-border - Borders and grid lines.
 * @cssproperty --learning-danger - Error messages and the border of error states.
 * @cssproperty --learning-focus - Focus ring.
 * @cssproperty --learning-warning-surface - Background of status labels (cancelled, postponed, moved online) and notices.
 * @cssproperty --learning-warning-text - Text of status labels and notices.
 * @cssproperty --learning-radius - Corner radius (default 0.5rem).
 * @cssproperty --learning-gap - Space between items (default 0.5rem).
 * @cssproperty --learning-skeleton - Placeholder bars while loading.
 */
export class LearningMap extends LocalizedElement {
  // Leaflet's own sheet is adopted in front of these when the engine arrives (engine.ts).
  static override styles = [baseStyles, stateStyles, visuallyHidden, mapStyles];

  private readonly feed = new StoreController(this, { getSrc: () => this.src });

  /** Space-separated feed URLs; not needed inside a `<learning-feed>`. */
  @property() src = '';
  /** Tile URL template ({z}/{x}/{y}); default OpenStreetMap. */
  @property() tiles = OSM_TILES;
  /** Credit for the tiles (text and links); default OpenStreetMap's when `tiles` is not set. */
  @property() attribution?: string;
  /** "latitude,longitude" to open on instead of fitting the data. */
  @property() center?: string;
  /** Zoom level 0–19 to open on. */
  @property() zoom?: string;
  /** Rings around designated learning lighthouses: minutes on foot ("10", the default when empty) or "800m"/"1km". */
  @property({ attribute: 'walk-radius' }) walkRadius?: string;
  /** "list" to open on the list of places instead of the map. */
  @property() view: 'map' | 'list' = 'map';
  /** light, dark, or auto (follows the reader's colour scheme); elements inside a themed element or `<learning-feed>` follow it. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  @state() private listMode = false;
  @state() private engine?: MapEngine;
  @state() private leafletFailed = false;
  @state() private tilesFailed = false;
  @state() private message?: Words;
  @state() private openSections = new Set<string>();

  private readonly dataCache = new MapDataCache(() => this.requestUpdate());
  private readonly listOrder = new PlaceListOrder(() => this.requestUpdate());
  private data?: MapData;
  private readonly drawn = new DrawnMap(() => ({
    words: () => this.markerLabels.words,
    placeLabel: (placeKey, count) => this.markerLabels.place(placeKey, count),
    clusterLabel: (places, count) => this.markerLabels.cluster(places, count),
    formatNumber: (value) => this.markerLabels.count(value),
    onPlace: (placeKey, trigger, viaKeyboard) => this.openPlace(placeKey, trigger, viaKeyboard),
    onTilesFailed: (failed) => (this.tilesFailed = failed),
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
  }));
  /** Names for markers in the element's language, made once per language. */
  private labels?: MarkerLabels;
  private viewAttributes: ViewAttributes = {};

  /** Where loading the feed stands: "idle", "loading", "ready", "stale" or "error". */
  get feedStatus(): FeedStatus {
    return this.feed.status;
  }

  /** Resolves once the map engine (Leaflet) is loaded and the map is drawn (rejects if it could not load). */
  async mapReady(): Promise<void> {
    await loadMapEngine();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadMapEngine().then(
      (engine) => {
        engine.adoptLeafletStyles(this.renderRoot as ShadowRoot);
        this.engine = engine;
      },
      (error: unknown) => {
        console.error(leafletFailureMessage(error));
        this.leafletFailed = true;
      },
    );
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.drawn.destroy();
    this.dataCache.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) this.listMode = this.view === 'list';
    if (changed.has('center') || changed.has('zoom') || changed.has('walkRadius')) {
      this.viewAttributes = readViewAttributes(this.center, this.zoom, this.walkRadius);
    }
    const tag = this.locale.tag;
    if (this.labels?.tag !== tag) this.labels = this.labelsIn(tag);
    const first = !this.data;
    this.data = this.dataCache.get(this.feed.model, this.feed.filters);
    if (first && this.data) this.openSections = initiallyOpenSections(this.data.contents);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feed.srcChanged();
    if (this.listMode || this.leafletFailed) this.listOrder.growLater();
    this.drawn.sync({
      engine: this.engine,
      container: this.renderRoot.querySelector<HTMLElement>('.map'),
      data: this.data,
      labels: this.markerLabels,
      walkRadius: this.walkRadius,
      viewAttributes: this.viewAttributes,
      tiles: () => tileSettings(this.tiles, this.attribution),
      tilesChanged: changed.has('tiles') || changed.has('attribution'),
      viewChanged: changed.has('center') || changed.has('zoom'),
    });
  }

  private get words(): MapMessages {
    return mapMessages.for(this.locale.tag);
  }

  /** The drawn map (Leaflet's side), once the engine has loaded and the map box has been shown. */
  private get mapView(): MapView | undefined {
    return this.drawn.view;
  }

  private get markerLabels(): MarkerLabels {
    return (this.labels ??= this.labelsIn(this.locale.tag));
  }

  private labelsIn(tag: string): MarkerLabels {
    return new MarkerLabels(tag, (placeKey) => placeNameIn(this.feed.model, placeKey, tag));
  }

  private count(value: number): string {
    return this.markerLabels.count(value);
  }

  private placeName(placeKey: string): string {
    return placeNameIn(this.feed.model, placeKey, this.locale.tag);
  }

  private group(placeKey: string): PlaceGroup | undefined {
    return this.data?.contents.places.find((group) => group.placeKey === placeKey);
  }

  private get viewContext(): PlaceViewContext | undefined {
    const model = this.feed.model;
    if (!model) return undefined;
    return {
      model,
      words: this.words,
      dir: this.locale.direction,
      nameOf: (group) => this.placeName(group.placeKey),
      count: (value) => this.count(value),
      onShowWhatsOn: (placeKey) => this.showWhatsOn(placeKey),
      onShowOnMap: (placeKey) => void this.showOnMap(placeKey),
      onClosePopup: () => this.mapView?.closePopup(),
    };
  }

  private openPlace(placeKey: string, trigger: HTMLElement, viaKeyboard: boolean): void {
    const group = this.group(placeKey);
    const context = this.viewContext;
    if (!group || !context || !this.mapView) return;
    const content = document.createElement('div');
    render(placePopup(group, context), content, { host: this });
    this.mapView.openPopup(group.position, content, trigger, viaKeyboard);
  }

  private showWhatsOn(placeKey: string): void {
    const store = this.feed.store;
    if (!store) return;
    store.setFilters({ places: [placeKey] }, 'merge');
    const name = this.placeName(placeKey);
    this.message = (words) => words.narrowedTo(name);
    this.dispatchEvent(
      new CustomEvent<LearningFilterChangeDetail>('learning-filter-change', { detail: { filters: store.filters }, bubbles: true, composed: true }),
    );
  }

  private async showOnMap(placeKey: string): Promise<void> {
    const group = this.group(placeKey);
    if (!group) return;
    this.listMode = false;
    await this.updateComplete;
    const view = this.mapView;
    if (!view) return;
    this.drawn.cancelFit();
    this.openPlace(placeKey, view.showPlace(group), true);
  }

  private toggleList(): void {
    this.listMode = !this.listMode;
  }

  private skipMap(): void {
    this.renderRoot.querySelector<HTMLElement>('#after-map')?.focus();
  }

  private async nearMe(): Promise<void> {
    this.message = (words) => words.locating;
    const result = await locateVisitor();
    if ('problem' in result) {
      const key = PROBLEM_MESSAGES[result.problem];
      this.message = (words) => words[key];
      return;
    }
    this.message = (words) => words.youAreHere;
    this.listMode = false;
    await this.updateComplete;
    this.drawn.cancelFit(); // a fit to data still on its way would move the map away from the visitor
    this.mapView?.showPosition(result.point);
  }

  private toggleSection(key: string, open: boolean): void {
    if (open !== this.openSections.has(key)) this.openSections = toggled(this.openSections, key, open);
  }

  protected override render(): TemplateResult {
    const words = this.words;
    const status = this.feed.status;
    const context = this.viewContext;
    const contents = this.data?.contents;
    const showList = this.listMode || this.leafletFailed;
    const radius = this.viewAttributes.walkRadius;
    const onToggle = (key: string, open: boolean) => this.toggleSection(key, open);
    // The map box stays left-to-right, as Leaflet's panes and controls assume; popups carry the page's direction.
    return html`<div class="layout" dir=${this.locale.direction}>
      <div class="main">
        <div class="toolbar">
          <button type="button" class="skip-link" @click=${this.skipMap}>${words.skipMap}</button>
          ${this.leafletFailed ? nothing : html`<button type="button" class="list-toggle" @click=${this.toggleList}>${showList ? words.showMap : words.showList}</button>`}
          <button type="button" class="near-me" @click=${() => void this.nearMe()}>${words.nearMe}</button>
        </div>
        <p class="message" role="status">${this.message?.(words) ?? ''}</p>
        ${this.tilesFailed && !showList ? html`<p class="notice" part="notice" role="status">${words.tilesFailed}</p>` : nothing}
        ${this.dataCache.searchFailed && !contents
          ? searchFailedState(this.locale.uiLocale, () => this.dataCache.retrySearch())
          : (status === 'loading' || this.dataCache.pending) && !contents ? loadingState(words.loadingMap) : nothing}
        ${status === 'error' ? errorState(words.loadFailed) : nothing}
        <div class="map" part="map" dir="ltr" ?hidden=${showList || status === 'error'}></div>
        ${showList && contents && context
          ? placeList(this.listOrder.inOrder(contents.places, this.locale.tag, placeNamer(context.model, this.locale.tag)), this.openSections, onToggle, context)
          : nothing}
        ${radius && !showList && this.data?.lighthouses.length
          ? html`<p class="legend muted">${words.walkRings(this.count(radius.minutes))}</p>`
          : nothing}
        <span id="after-map" class="visually-hidden" tabindex="-1">${words.afterMap}</span>
      </div>
      ${contents && context ? unmappedList(contents, this.openSections, onToggle, context) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-map': LearningMap;
  }
}
