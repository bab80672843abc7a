/**
 * Map benchmark page: 10k points, first paint (data → markers visible) and animated pan/zoom frame
 * times, with <learning-map> (mode=ours) or Leaflet + Leaflet.markercluster (mode=leaflet).
 * Only one Leaflet copy is loaded per page: ours uses Leaflet's ES module build, the plugin needs the UMD one.
 * Tiles: one tiny local SVG for every tile (tile.svg?z/x/y), so nothing goes to the network.
 */
import type * as L from 'leaflet';
import type { LearningFeed } from '../../../src/elements/learning-feed/learning-feed.js';
import type { LearningMap } from '../../../src/elements/learning-map/learning-map.js';
import { afterNextPaint, countNodes, expose, frameDurations, param, whenFound } from './paint.js';

const TILES = 'tile.svg?{z}/{x}/{y}';
const WIDTH = '1000px';
const HEIGHT = '600px';

interface RawFeed {
  places: Array<{ id: string; geo?: { latitude: number; longitude: number } }>;
  opportunities: Array<{ location?: string }>;
}

let leafletMap: L.Map | undefined;
let container: Element | undefined;

async function prepareOurs(): Promise<void> {
  await import('../../../src/elements/learning-feed/define.js');
  await import('../../../src/elements/learning-map/define.js');
  const { loadMapEngine } = await import('../../../src/elements/learning-map/leaflet-loader.js');
  await loadMapEngine(); // the element loads its map engine (Leaflet and ours) on first use; counted out, as for the other side
}

function ourMap(src?: string): LearningMap {
  const map = document.createElement('learning-map');
  map.tiles = TILES;
  map.attribution = 'Benchmark tiles';
  map.style.cssText = `display: block; width: ${WIDTH}; --learning-map-height: ${HEIGHT}`;
  if (src) map.src = src;
  return map;
}

async function ourMarkersPainted(map: LearningMap, started: number): Promise<{ ms: number; markers: number; nodes: number }> {
  const shadow = map.shadowRoot!;
  await whenFound([shadow], () => shadow.querySelector('.learning-marker-icon'));
  const painted = await afterNextPaint();
  container = map;
  leafletMap = (map as unknown as { mapView: { map: L.Map } }).mapView.map;
  return { ms: painted - started, markers: shadow.querySelectorAll('.learning-marker-icon').length, nodes: countNodes(map) };
}

/** Bytes → markers painted: fetch, parse, group by place, cluster, draw. */
async function oursFromBytes(feed: string) {
  await prepareOurs();
  const started = performance.now();
  const map = ourMap(feed);
  document.body.append(map);
  return ourMarkersPainted(map, started);
}

/** Model already loaded by a <learning-feed> → markers painted. */
async function oursFromModel(feed: string) {
  await prepareOurs();
  const provider: LearningFeed = document.createElement('learning-feed');
  const loaded = new Promise((resolve) => provider.addEventListener('learning-feed-load', resolve, { once: true }));
  provider.src = feed;
  document.body.append(provider);
  await loaded;
  const started = performance.now();
  const map = ourMap();
  provider.append(map);
  return ourMarkersPainted(map, started);
}

async function prepareLeaflet(): Promise<typeof L> {
  const leaflet = (await import('leaflet')) as unknown as { default?: typeof L } & typeof L;
  await import('leaflet.markercluster'); // reads the global L that leaflet-src.js sets
  return leaflet.default ?? leaflet;
}

function points(feed: RawFeed): Array<[number, number]> {
  const places = new Map(feed.places.map((place) => [place.id, place.geo]));
  const result: Array<[number, number]> = [];
  for (const opportunity of feed.opportunities) {
    const geo = opportunity.location ? places.get(opportunity.location) : undefined;
    if (geo) result.push([geo.latitude, geo.longitude]);
  }
  return result;
}

/** Map, tiles, 10k markers in a MarkerClusterGroup, fitted: the usual Leaflet.markercluster page. */
function drawLeaflet(leaflet: typeof L, latLngs: Array<[number, number]>): void {
  const box = document.createElement('div');
  box.style.cssText = `width: ${WIDTH}; height: ${HEIGHT}`;
  document.body.append(box);
  container = box;
  const map = leaflet.map(box, { maxZoom: 19 });
  leaflet.tileLayer(TILES, { maxZoom: 19, attribution: 'Benchmark tiles' }).addTo(map);
  map.fitBounds(leaflet.latLngBounds(latLngs), { padding: [32, 32], maxZoom: 16, animate: false });
  const icon = leaflet.divIcon({ className: 'bench-pin', iconSize: [30, 30] });
  const group = leaflet.markerClusterGroup();
  group.addLayers(latLngs.map((latLng) => leaflet.marker(latLng, { icon })));
  map.addLayer(group);
  leafletMap = map;
}

async function leafletPainted(started: number): Promise<{ ms: number; markers: number; nodes: number }> {
  const box = container!;
  await whenFound([box], () => box.querySelector('.marker-cluster, .bench-pin'));
  const painted = await afterNextPaint();
  return { ms: painted - started, markers: box.querySelectorAll('.leaflet-marker-icon').length, nodes: countNodes(box) };
}

async function leafletFromBytes(feed: string) {
  const leaflet = await prepareLeaflet();
  const started = performance.now();
  const raw = JSON.parse(await (await fetch(feed)).text()) as RawFeed;
  drawLeaflet(leaflet, points(raw));
  return leafletPainted(started);
}

async function leafletFromData(feed: string) {
  const leaflet = await prepareLeaflet();
  const latLngs = points(JSON.parse(await (await fetch(feed)).text()) as RawFeed);
  const started = performance.now();
  drawLeaflet(leaflet, latLngs);
  return leafletPainted(started);
}

function moved(map: L.Map, start: () => void): Promise<void> {
  return new Promise((resolve) => {
    map.once('moveend', () => resolve());
    start();
  });
}

/** Animated pans and zooms; the durations of every frame meanwhile (and 300 ms after each move). */
async function panAndZoom(): Promise<{ pan: number[]; zoom: number[]; markersAfter: number }> {
  const map = leafletMap!;
  await new Promise((resolve) => setTimeout(resolve, 500)); // let tiles and the first redraw settle
  const pan = await frameDurations(async () => {
    for (const [x, y] of [[300, 150], [-300, 150], [-300, -150], [300, -150], [450, 0], [-450, 0]] as const) {
      await moved(map, () => map.panBy([x, y], { animate: true, duration: 0.25 }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  });
  const zoom = await frameDurations(async () => {
    for (const step of [1, 1, -1, -1, 1, -1]) {
      await moved(map, () => (step > 0 ? map.zoomIn(1, { animate: true }) : map.zoomOut(1, { animate: true })));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  });
  const root = container?.shadowRoot ?? container!;
  return { pan, zoom, markersAfter: root.querySelectorAll('.leaflet-marker-icon').length };
}

const mode = param('mode', 'ours');
expose(
  mode === 'ours'
    ? { firstPaint: oursFromBytes, firstPaintFromData: oursFromModel, panAndZoom }
    : { firstPaint: leafletFromBytes, firstPaintFromData: leafletFromData, panAndZoom },
);
