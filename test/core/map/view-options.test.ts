import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCenter, parseWalkRadius, parseZoom } from '../../../src/core/map/index.js';

describe('parseWalkRadius', () => {
  it('reads the bare attribute as a 10-minute walk, about 800 m', () => {
    assert.deepEqual(parseWalkRadius(''), { meters: 800, minutes: 10 });
  });

  it('reads a plain number and "min" as minutes on foot', () => {
    assert.deepEqual(parseWalkRadius('15'), { meters: 1200, minutes: 15 });
    assert.deepEqual(parseWalkRadius(' 5 min '), { meters: 400, minutes: 5 });
  });

  it('reads metres and kilometres as a distance and works out the minutes', () => {
    assert.deepEqual(parseWalkRadius('800m'), { meters: 800, minutes: 10 });
    assert.deepEqual(parseWalkRadius('1.2km'), { meters: 1200, minutes: 15 });
  });

  it('refuses zero, negative and unreadable values', () => {
    for (const value of ['0', '-5', 'far', '10 miles', '1e3']) assert.equal(parseWalkRadius(value), undefined, value);
    assert.equal(parseWalkRadius(null), undefined);
  });
});

describe('parseCenter', () => {
  it('reads "latitude,longitude" with or without spaces', () => {
    assert.deepEqual(parseCenter('53.42,-2.32'), { latitude: 53.42, longitude: -2.32 });
    assert.deepEqual(parseCenter(' 53.42, -2.32 '), { latitude: 53.42, longitude: -2.32 });
    assert.deepEqual(parseCenter('53.42 -2.32'), { latitude: 53.42, longitude: -2.32 });
  });

  it('refuses out-of-range, incomplete and non-numeric centres', () => {
    for (const value of ['95,0', '0,200', '53.42', 'Sale', '', '1,2,3']) assert.equal(parseCenter(value), undefined, value);
  });
});

describe('parseZoom', () => {
  it('accepts 0–19, fractions included', () => {
    assert.equal(parseZoom('0'), 0);
    assert.equal(parseZoom('13.5'), 13.5);
    assert.equal(parseZoom(19), 19);
  });

  it('refuses other values', () => {
    for (const value of ['-1', '20', 'city', '', null]) assert.equal(parseZoom(value), undefined, String(value));
  });
});
