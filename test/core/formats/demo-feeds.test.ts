/**
 * The committed demo feeds (demo/feeds/*.json, made by scripts/build-demo-feeds.ts) parse with
 * zero errors, say where their data came from, and are what the script builds today.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFeed } from '../../../src/core/parse/index.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';
import { buildBarnetEvents, buildGreaterManchester, DEFAULT_REFERENCE_DATE } from '../../../scripts/build-demo-feeds.js';

const shared = resolve(process.cwd(), '../shared');
const feedPath = (name: string) => resolve(process.cwd(), 'demo/feeds', name);
const load = (name: string) => JSON.parse(readFileSync(feedPath(name), 'utf8'));

for (const name of ['greater-manchester.json', 'mobile-libraries.json', 'barnet-events.json']) {
  test(`${name} parses with zero errors, names its sources and stays under 5 MB`, () => {
    const parsed = parseFeed(readFileSync(feedPath(name), 'utf8'), { source: name });
    assert.deepEqual(parsed.problems.filter((problem) => problem.severity === 'error'), []);
    assert.ok(parsed.info.sources.length >= 1 && parsed.info.sources.every((source) => source.url));
    assert.ok(statSync(feedPath(name)).size < 5_000_000);
  });
}

test('greater-manchester.json: libraries, schools and children\'s centres on the map; lighthouses say why', () => {
  const parsed = parseFeed(readFileSync(feedPath('greater-manchester.json'), 'utf8'), {});
  assert.equal(parsed.organizations.length, 141 + 103 + 2);
  assert.ok(parsed.places.every((place) => place.geo), 'every place has coordinates');
  const lighthouses = parsed.organizations.filter((organization) => organization.lighthouse?.status === 'designated');
  assert.equal(lighthouses.length, 5);
  for (const organization of lighthouses) assert.match(organization.description!.en!, /Learning lighthouse \(demo designation\): /);
});

test('mobile-libraries.json: 5,482 stops recur after the reference date', () => {
  const parsed = parseFeed(readFileSync(feedPath('mobile-libraries.json'), 'utf8'), {});
  assert.equal(parsed.opportunities.length, 5482);
  const from = Date.parse(`${DEFAULT_REFERENCE_DATE}T00:00:00Z`);
  const month = occurrencesBetween(parsed.opportunities, from, from + 28 * 86_400_000);
  const stopsVisited = new Set(month.map((occurrence) => occurrence.opportunityKey));
  // Every stop comes at least every four weeks or monthly, so nearly all appear in four weeks.
  assert.ok(stopsVisited.size > 5000, `${stopsVisited.size} stops visited`);
});

test('barnet-events.json: real titles at Barnet libraries, all after the reference date, rebuilt identically', () => {
  const feed = load('barnet-events.json');
  assert.deepEqual(buildBarnetEvents(shared, DEFAULT_REFERENCE_DATE), feed);
  assert.deepEqual(buildGreaterManchester(shared), load('greater-manchester.json'));
  const parsed = parseFeed(feed, {});
  const occurrences = occurrencesBetween(parsed.opportunities, Date.parse('2000-01-01'), Date.parse('2100-01-01'));
  assert.ok(occurrences.length > 2000);
  assert.ok(occurrences.every((occurrence) => occurrence.start > DEFAULT_REFERENCE_DATE));
  assert.ok(parsed.opportunities.some((opportunity) => opportunity.name.en === 'Toddler Read and Rhyme'));
  assert.match(feed.description, /moved forward by \d+ weeks/);
});
