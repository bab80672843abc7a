/**
 * Page object for <learning-map>: what a visitor sees and does ("the cluster is named …", "press
 * Enter on it"), so tests read as steps instead of shadow-DOM plumbing. Tiles always point at a local
 * path that answers 404, so no test ever asks the network for a tile.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Map as LeafletMap } from 'leaflet';
import type { TemplateResult } from 'lit';
import '../../../src/elements/learning-map/define.js';
import type { LearningMap } from '../../../src/elements/learning-map/learning-map.js';

export const CITY_FEED = '/test/fixtures/map/city.json';
export const NO_TILES = '/__no-tiles/{z}/{x}/{y}.png';
export const FEED_KEY = 'https://example.org/map-fixture.json';

/** The first lazy import of Leaflet (and esbuild transforming it) can take a while on a busy machine. */
export const FIRST_LOAD_TIMEOUT = 20_000;

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export class MapPage {
  constructor(readonly element: LearningMap) {}

  /** Mounts `template` and waits for the feed, Leaflet and the first drawing of the markers. */
  static async open(template: TemplateResult, { markers = true } = {}): Promise<MapPage> {
    const page = new MapPage(await fixture<LearningMap>(template));
    await page.ready(markers);
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  async ready(markers = true): Promise<void> {
    await waitUntil(() => ['ready', 'stale', 'error'].includes(this.element.feedStatus), 'the feed did not load', { timeout: 8000 });
    await this.element.mapReady();
    if (markers) await waitUntil(() => this.markerButtons().length > 0, 'no markers were drawn', { timeout: FIRST_LOAD_TIMEOUT });
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.element.updateComplete;
  }

  /** Place markers and clusters, in DOM order. */
  markerButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.leaflet-marker-pane button')];
  }

  /** Accessible names of the place markers (part="marker"), sorted. */
  markerNames(): string[] {
    return [...this.root.querySelectorAll('[part="marker"]')].map((button) => button.getAttribute('aria-label') ?? '').sort();
  }

  clusterNames(): string[] {
    return [...this.root.querySelectorAll('[part="cluster"]')].map((button) => button.getAttribute('aria-label') ?? '').sort();
  }

  marker(name: string): HTMLButtonElement {
    const found = this.markerButtons().find((button) => button.getAttribute('aria-label')?.startsWith(name));
    if (!found) throw new Error(`No marker named "${name}…" among: ${this.markerButtons().map((b) => b.getAttribute('aria-label')).join(' | ')}`);
    return found;
  }

  popup(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.leaflet-popup .popup');
  }

  async waitForPopup(): Promise<HTMLElement> {
    await waitUntil(() => this.popup(), 'no popup opened', { timeout: 5000 });
    // Leaflet fades popups in; colours (and so contrast checks) are only final once it is opaque.
    const container = this.root.querySelector<HTMLElement>('.leaflet-popup')!;
    await waitUntil(() => getComputedStyle(container).opacity === '1', 'the popup did not finish fading in', { timeout: 5000 });
    await this.settle();
    return this.popup()!;
  }

  /** The zoom level the map is at (read from Leaflet: no visible element states it). */
  zoom(): number {
    return this.leafletMap()?.getZoom() ?? Number.NaN;
  }

  /** Drags the view by `x`, `y` screen pixels, as a visitor would, without animation; resolves once it has stopped. */
  async panBy(x: number, y: number): Promise<void> {
    const map = this.leafletMap();
    if (!map) throw new Error('The map is not drawn');
    map.panBy([x, y], { animate: false });
    await this.settle();
  }

  private leafletMap(): LeafletMap | undefined {
    return (this.element as unknown as { mapView?: { map: LeafletMap } }).mapView?.map;
  }

  button(text: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  focused(): Element | null {
    return this.root.activeElement;
  }
}
