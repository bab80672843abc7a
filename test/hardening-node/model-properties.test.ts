/**
 * Merge, search, filters and sorting on generated models, with filters as hostile as a shared URL
 * or a webmaster's preset can make them: nothing throws, keys stay unique, references resolve, and
 * every result is a subset (or a permutation) of what the model holds.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeFeeds } from '../../src/core/merge.js';
import type { OpportunityFilters } from '../../src/core/model.js';
import { parseFeed } from '../../src/core/parse/index.js';
import { applyFilters, createSearchIndex, dateWindow, sortOpportunityKeys, type SortOrder } from '../../src/core/search/index.js';
import { anyValue, feedShape, ZONES } from './feed-arbitraries.js';
import { PropertyLog } from './property-log.js';
import { recurringFeed } from './schedule-arbitraries.js';

const log = new PropertyLog('merge and search properties');
after(() => console.log(log.summary()));

/** One to three feeds; ids sometimes shared, so merge has clashes to resolve. */
const feeds = fc.array(
  fc.tuple(fc.oneof(feedShape, recurringFeed), fc.constantFrom('https://a.example/feed.json', 'https://b.example/feed.json', undefined)),
  { minLength: 1, maxLength: 3 },
).map((list) => list.map(([feed, id]) => (id === undefined ? feed : { ...feed, id })));

const date = fc.oneof(fc.constantFrom('2026-12-01', '2026-02-30', '0001-01-01', '9999-12-31', '2026-1-1', ''), fc.string({ maxLength: 12 }));

/** Filters as a URL or a preset attribute can deliver them: mostly plausible, sometimes nonsense. */
const filters: fc.Arbitrary<OpportunityFilters> = fc.record(
  {
    query: fc.oneof(fc.constantFrom('code', 'chess club', 'ç', '"', '*', '   ', 'a'.repeat(300), '배우기', 'مكتبة'), fc.string({ maxLength: 20 })),
    topics: fc.array(fc.oneof(fc.constantFrom('coding', 'digital-skills'), fc.string({ maxLength: 8 })), { maxLength: 3 }),
    cost: fc.array(fc.constantFrom('free', 'paid'), { maxLength: 2 }),
    languages: fc.array(fc.constantFrom('en', 'EN-gb', 'x', ''), { maxLength: 2 }),
    places: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    dates: fc.oneof(
      fc.record({ from: date, to: date }),
      fc.constantFrom('today', 'this-weekend', 'next-7-days', 'this-month', 'someday').map((preset) => ({ preset })),
    ),
    near: fc.record({
      latitude: fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(Number.NaN, 1e9)),
      longitude: fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(Number.NaN, -1e9)),
      radiusKm: fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY)),
    }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<OpportunityFilters>;

/** The same, but with any JSON where the types say otherwise (a preset attribute is parsed JSON). */
const looseFilters = fc.dictionary(fc.constantFrom('query', 'topics', 'cost', 'dates', 'near', 'places', 'languages', 'audience'), anyValue) as fc.Arbitrary<OpportunityFilters>;

function modelOf(documents: unknown[]) {
  return mergeFeeds(documents.map((document, index) => parseFeed(JSON.parse(JSON.stringify(document)) as unknown, { source: `https://feeds.example/${index}.json` })));
}

describe('merge, search, filters and sort on generated models', () => {
  it('mergeFeeds: no throw, unique keys, every reference resolves', () => {
    log.assert('merge: unique keys, references resolve', fc.property(feeds, (documents) => {
      const model = modelOf(documents);
      const keys = model.opportunities.map((opportunity) => opportunity.key);
      assert.equal(new Set(keys).size, keys.length, `duplicate keys: ${keys.join(', ')}`);
      for (const opportunity of model.opportunities) {
        if (opportunity.placeKey !== undefined) assert.ok(model.places.has(opportunity.placeKey), `dangling place ${opportunity.placeKey}`);
        if (opportunity.organizerKey !== undefined) assert.ok(model.organizations.has(opportunity.organizerKey), `dangling organizer ${opportunity.organizerKey}`);
      }
      for (const organization of model.organizations.values()) {
        for (const placeKey of organization.placeKeys) assert.ok(model.places.has(placeKey), `dangling organization place ${placeKey}`);
      }
    }), 400);
  });

  it('search, filters and sort: no throw; results are model keys, sorted results a permutation', () => {
    const scenario = fc.record({
      documents: feeds,
      filters: fc.oneof({ weight: 3, arbitrary: filters }, { weight: 1, arbitrary: looseFilters }),
      order: fc.constantFrom<SortOrder>('relevance', 'next-date', 'distance', 'name'),
      zone: fc.constantFrom(...ZONES, 'Not/AZone'),
    });
    log.assert('search/filter/sort: subset, permutation', fc.property(scenario, ({ documents, filters: chosen, order, zone }) => {
      const model = modelOf(documents);
      const index = createSearchIndex(model);
      const known = new Set(model.opportunities.map((opportunity) => opportunity.key));
      const hits = index.search(typeof chosen.query === 'string' ? chosen.query : '');
      for (const hit of hits) assert.ok(known.has(hit.key));
      const now = Date.UTC(2026, 10, 23, 12);
      const passed = applyFilters(model, chosen, { now, timeZone: zone, searchIndex: index });
      for (const key of passed) assert.ok(known.has(key), `unknown key ${key}`);
      assert.equal(new Set(passed).size, passed.length);
      const sorted = sortOpportunityKeys(model, passed, order, { now, searchHits: hits, origin: { latitude: 53.4, longitude: -2.3 }, locales: ['en'] });
      assert.deepEqual([...sorted].sort(), [...passed].sort());
    }), 300);
  });
});

describe('filters, counterexamples the properties found (kept as regressions)', () => {
  const model = modelOf([{
    version: '1.0', id: 'f', timeZone: 'Europe/London',
    opportunities: [
      { id: 'code', name: 'Code club', topics: ['coding'], startDate: '2026-12-02T18:00', eventAttendanceMode: 'online' },
      { id: 'choir', name: 'Choir', topics: ['music'], startDate: '2026-11-02T18:00', eventAttendanceMode: 'online' },
    ],
  }]);
  const context = { now: Date.UTC(2026, 10, 23), timeZone: 'Europe/London' };
  const loose = (filters: Record<string, unknown>) => applyFilters(model, filters as OpportunityFilters, context);

  it('filters set from plain JavaScript with the wrong types narrow sensibly instead of throwing', () => {
    assert.deepEqual(loose({ topics: 'coding' }), ['f#code'], 'one string is a list of one');
    assert.deepEqual(loose({ topics: ['coding', 7, null] }), ['f#code'], 'non-strings in a list are ignored');
    assert.deepEqual(loose({ query: 42 }), ['f#code', 'f#choir'], 'a query that is not text is no query');
    assert.deepEqual(loose({ dates: 'today' }), ['f#code', 'f#choir'], 'a date filter that is not an object is ignored');
  });

  it('a date range to 9999-12-31 (a hand-edited URL) is "from then on", not a crash', () => {
    assert.deepEqual(applyFilters(model, { dates: { from: '2026-12-01', to: '9999-12-31' } }, context), ['f#code']);
  });

  it('years 0001–0099 stay in the first century (Date.UTC would move them to 1901–1999)', () => {
    const window = dateWindow({ from: '0001-01-01', to: '0001-01-01' }, context.now, 'UTC')!;
    assert.equal(new Date(window.fromMs).toISOString(), '0001-01-01T00:00:00.000Z');
    assert.equal(window.toMs - window.fromMs, 86_400_000);
  });
});
