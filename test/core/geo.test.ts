import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boundsOf, distanceKm, isValidGeoPoint, walkingMinutes } from '../../src/core/geo.js';

const london = { latitude: 51.5074, longitude: -0.1278 };
const paris = { latitude: 48.8566, longitude: 2.3522 };

describe('distanceKm', () => {
  it('gives the great-circle distance London–Paris (about 344 km)', () => {
    assert.ok(Math.abs(distanceKm(london, paris) - 343.6) < 1, String(distanceKm(london, paris)));
  });

  it('is symmetric and zero for the same point', () => {
    assert.equal(distanceKm(london, paris), distanceKm(paris, london));
    assert.equal(distanceKm(london, london), 0);
  });

  it('measures a short hop between two Trafford venues in metres-level detail', () => {
    const saleLibrary = { latitude: 53.4246, longitude: -2.3222 };
    const sameStreet = { latitude: 53.4246, longitude: -2.3102 };
    // 0.012° of longitude at 53.42°N is about 0.80 km.
    assert.ok(Math.abs(distanceKm(saleLibrary, sameStreet) - 0.795) < 0.01);
  });

  it('handles antipodal points without NaN', () => {
    assert.ok(Math.abs(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 }) - Math.PI * 6371.0088) < 1e-6);
  });

  it('gives NaN for coordinates that are not on Earth', () => {
    assert.ok(Number.isNaN(distanceKm({ latitude: 91, longitude: 0 }, london)));
    assert.ok(Number.isNaN(distanceKm({ latitude: Number.NaN, longitude: 0 }, london)));
    assert.equal(isValidGeoPoint({ latitude: 12, longitude: 181 }), false);
  });
});

describe('walkingMinutes', () => {
  it('walks 800 m in 10 minutes at 4.8 km/h', () => {
    assert.equal(walkingMinutes(0.8), 10);
    assert.equal(walkingMinutes(4.8), 60);
  });

  it('never says 0 minutes for somewhere you still have to walk to', () => {
    assert.equal(walkingMinutes(0.01), 1);
    assert.equal(walkingMinutes(0), 0);
  });

  it('gives NaN for negative or non-finite distances', () => {
    assert.ok(Number.isNaN(walkingMinutes(-1)));
    assert.ok(Number.isNaN(walkingMinutes(Number.POSITIVE_INFINITY)));
  });
});

describe('boundsOf', () => {
  it('spans the points and skips invalid ones', () => {
    assert.deepEqual(boundsOf([london, paris, undefined, { latitude: 100, longitude: 0 }]), {
      south: 48.8566, west: -0.1278, north: 51.5074, east: 2.3522,
    });
  });

  it('is undefined with no valid point', () => {
    assert.equal(boundsOf([]), undefined);
    assert.equal(boundsOf([null]), undefined);
  });

  it('takes the short way across the antimeridian (Fiji)', () => {
    const bounds = boundsOf([
      { latitude: -17.7, longitude: 178.4 },
      { latitude: -16.8, longitude: -179.9 },
    ]);
    assert.ok(bounds);
    assert.equal(bounds.west, 178.4);
    assert.ok(Math.abs(bounds.east - 180.1) < 1e-9);
    assert.equal(bounds.south, -17.7);
    assert.equal(bounds.north, -16.8);
  });
});
