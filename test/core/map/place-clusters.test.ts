import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GeoPoint, Opportunity, Place } from '../../../src/core/model.js';
import { PlaceClusterIndex, toBoundingBox, type MapMarker, type PlaceGroup } from '../../../src/core/map/index.js';

const WORLD = { south: -90, west: -180, north: 90, east: 180 };

/** A place with `count` opportunities; only the fields clustering reads are meaningful. */
function group(id: string, position: GeoPoint, count: number): PlaceGroup {
  const place = { key: id, id, feedKey: 'f', name: { en: id }, accessibilitySupport: [], geo: position } as Place;
  const opportunities = Array.from({ length: count }, (_, index) => ({ key: `${id}-${index}` }) as Opportunity);
  return { placeKey: id, place, position, opportunities };
}

const library = group('library', { latitude: 53.4246, longitude: -2.3221 }, 3);
const annex = group('annex', { latitude: 53.4249, longitude: -2.3214 }, 1);
const museum = group('museum', { latitude: 53.46, longitude: -2.33 }, 2);

function describeMarkers(markers: MapMarker[]): string[] {
  return markers
    .map((marker) =>
      marker.kind === 'cluster' ? `cluster ${marker.placeCount} places/${marker.opportunityCount}` : `${marker.placeKey}/${marker.opportunityCount}`,
    )
    .sort();
}

describe('PlaceClusterIndex', () => {
  it('clusters places 50 m apart at a city zoom and counts their opportunities together', () => {
    const index = new PlaceClusterIndex([library, annex, museum]);
    assert.deepEqual(describeMarkers(index.markersIn(WORLD, 12)), ['cluster 2 places/4', 'museum/2']);
  });

  it('shows every place on its own at street level', () => {
    const index = new PlaceClusterIndex([library, annex, museum]);
    assert.deepEqual(describeMarkers(index.markersIn(WORLD, 18)), ['annex/1', 'library/3', 'museum/2']);
  });

  it('tells the zoom at which a cluster splits, and what it splits into', () => {
    const index = new PlaceClusterIndex([library, annex, museum]);
    const cluster = index.markersIn(WORLD, 12).find((marker) => marker.kind === 'cluster');
    assert.ok(cluster?.kind === 'cluster');
    const zoom = index.expansionZoom(cluster.clusterId);
    assert.ok(zoom > 12 && zoom <= 17, `expansion zoom ${zoom}`);
    assert.deepEqual(describeMarkers(index.markersIn(WORLD, zoom)), ['annex/1', 'library/3', 'museum/2']);
    assert.deepEqual(describeMarkers(index.childrenOf(cluster.clusterId)), ['annex/1', 'library/3']);
    assert.deepEqual(index.placeKeysIn(cluster.clusterId).sort(), ['annex', 'library']);
  });

  it('returns only what is inside the box', () => {
    const index = new PlaceClusterIndex([library, annex, museum]);
    const aroundMuseum = { south: 53.45, west: -2.34, north: 53.47, east: -2.32 };
    assert.deepEqual(describeMarkers(index.markersIn(aroundMuseum, 18)), ['museum/2']);
  });

  it('keeps every place and opportunity accounted for when 20 000 places are clustered', () => {
    const places: PlaceGroup[] = [];
    for (let index = 0; index < 20_000; index++) {
      // A deterministic scatter over Greater Manchester.
      const latitude = 53.3 + ((index * 7919) % 10_000) / 50_000;
      const longitude = -2.5 + ((index * 104_729) % 10_000) / 25_000;
      places.push(group(`p${index}`, { latitude, longitude }, (index % 3) + 1));
    }
    const index = new PlaceClusterIndex(places);
    const markers = index.markersIn(WORLD, 10);
    assert.ok(markers.length < 200, `${markers.length} markers at zoom 10`);
    const placeTotal = markers.reduce((sum, marker) => sum + (marker.kind === 'cluster' ? marker.placeCount : 1), 0);
    const opportunityTotal = markers.reduce((sum, marker) => sum + marker.opportunityCount, 0);
    assert.equal(placeTotal, 20_000);
    assert.equal(opportunityTotal, places.reduce((sum, item) => sum + item.opportunities.length, 0));
  });

  it('clusters places within 80 screen pixels of each other, as Leaflet.markercluster does, and no further', () => {
    // On the equator at zoom 10 a degree of longitude is 256 × 2^10 / 360 ≈ 728 px of a 256-px-tile map.
    const pixelsPerDegree = (256 * 2 ** 10) / 360;
    const near = [group('near-a', { latitude: 0, longitude: 0 }, 1), group('near-b', { latitude: 0, longitude: 70 / pixelsPerDegree }, 1)];
    const apart = [group('apart-a', { latitude: 0, longitude: 10 }, 1), group('apart-b', { latitude: 0, longitude: 10 + 90 / pixelsPerDegree }, 1)];
    const index = new PlaceClusterIndex([...near, ...apart]);
    assert.deepEqual(describeMarkers(index.markersIn(WORLD, 10)), ['apart-a/1', 'apart-b/1', 'cluster 2 places/2']);
    const cluster = index.markersIn(WORLD, 10).find((marker) => marker.kind === 'cluster');
    assert.ok(cluster?.kind === 'cluster');
    assert.deepEqual(index.placeKeysIn(cluster.clusterId).sort(), ['near-a', 'near-b']);
  });

  it('gives stable marker ids, so a redraw can reuse what is already on screen', () => {
    const index = new PlaceClusterIndex([library, annex, museum]);
    const first = index.markersIn(WORLD, 12).map((marker) => marker.id).sort();
    const second = index.markersIn(WORLD, 12.4).map((marker) => marker.id).sort();
    assert.deepEqual(first, second);
    assert.ok(first.includes('place:museum'));
  });
});

describe('toBoundingBox', () => {
  it('passes an ordinary box through as [west, south, east, north]', () => {
    assert.deepEqual(toBoundingBox({ south: 53, west: -3, north: 54, east: -2 }), [-3, 53, -2, 54]);
  });

  it('wraps longitudes of a map panned round the world back into range', () => {
    assert.deepEqual(toBoundingBox({ south: 53, west: 357, north: 54, east: 358 }), [-3, 53, -2, 54]);
  });

  it('gives a west-greater-than-east box across the antimeridian (Fiji)', () => {
    assert.deepEqual(toBoundingBox({ south: -19, west: 177, north: -16, east: 182 }), [177, -19, -178, -16]);
  });

  it('covers the whole world when the view is wider than 360°', () => {
    assert.deepEqual(toBoundingBox({ south: -100, west: -400, north: 100, east: 400 }), [-180, -90, 180, 90]);
  });
});
