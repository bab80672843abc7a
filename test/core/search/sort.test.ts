import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextOccurrenceStarts, sortOpportunityKeys } from '../../../src/core/search/sort.js';
import { feedModel, idsOf, keyOf, opportunity, place, timing } from './model-builders.js';
import { WEDNESDAY_NOON, fixtureModel, saleLibraryBuilding } from './fixture-model.js';

const allKeys = fixtureModel.opportunities.map((item) => item.key);

describe('sortOpportunityKeys: name', () => {
  const swedish = feedModel({
    opportunities: ['Zumba', 'Årsmöte', 'Ändringssömnad', 'Öppen verkstad', 'Akvarell'].map((name, index) =>
      opportunity(`item-${index}`, { name: { sv: name } })),
  });
  const names = (locales: string[]): string[] =>
    sortOpportunityKeys(swedish, swedish.opportunities.map((item) => item.key), 'name', { locales })
      .map((key) => swedish.opportunities.find((item) => item.key === key)!.name.sv!);

  it('puts å, ä and ö after z for a Swedish reader', () => {
    assert.deepEqual(names(['sv']), ['Akvarell', 'Zumba', 'Årsmöte', 'Ändringssömnad', 'Öppen verkstad']);
  });

  it('sorts the same names as accented a and o for an English reader', () => {
    assert.deepEqual(names(['en']), ['Akvarell', 'Ändringssömnad', 'Årsmöte', 'Öppen verkstad', 'Zumba']);
  });

  it("sorts by the name in the reader's language", () => {
    const bilingual = feedModel({
      opportunities: [
        opportunity('a', { name: { en: 'Apple pressing', cy: 'Gwasgu afalau' } }),
        opportunity('b', { name: { en: 'Bread making', cy: 'Pobi bara' } }),
        opportunity('c', { name: { en: 'Choir', cy: 'Côr' } }),
      ],
    });
    const keys = bilingual.opportunities.map((item) => item.key);
    assert.deepEqual(idsOf(sortOpportunityKeys(bilingual, keys, 'name', { locales: ['cy'] })), ['c', 'a', 'b']);
  });

  it('drops keys that are not in the model', () => {
    assert.deepEqual(idsOf(sortOpportunityKeys(fixtureModel, [keyOf('nope'), keyOf('esol')], 'name')), ['esol']);
  });
});

describe('sortOpportunityKeys: relevance and distance', () => {
  it('orders by score, with unscored items after, by name', () => {
    const searchHits = [{ key: keyOf('pottery'), score: 2 }, { key: keyOf('excel'), score: 7 }];
    assert.deepEqual(idsOf(sortOpportunityKeys(fixtureModel, allKeys, 'relevance', { searchHits, locales: ['en'] })), [
      'excel', 'pottery', 'code-club', 'esol', 'history-walk',
    ]);
  });

  it('orders by distance from the origin, with no-place (online) items last', () => {
    const origin = saleLibraryBuilding.geo!;
    assert.deepEqual(idsOf(sortOpportunityKeys(fixtureModel, allKeys, 'distance', { origin, locales: ['en'] })), [
      'code-club', 'esol', 'history-walk', 'pottery', 'excel',
    ]);
  });

  it('treats a place without coordinates like no place', () => {
    const model = feedModel({
      places: [place('unmapped'), place('mapped', { geo: { latitude: 53.4, longitude: -2.3 } })],
      opportunities: [opportunity('a', { placeKey: keyOf('unmapped') }), opportunity('b', { placeKey: keyOf('mapped') })],
    });
    const keys = model.opportunities.map((item) => item.key);
    assert.deepEqual(idsOf(sortOpportunityKeys(model, keys, 'distance', { origin: { latitude: 0, longitude: 0 } })), ['b', 'a']);
  });
});

describe('sortOpportunityKeys: next date (time engine)', () => {
  it('orders by the soonest upcoming occurrence, weekly series included', () => {
    // From Wednesday 21 Oct: Saturday 10:00 one-offs, Saturday 14:00 walk, then 12 Nov.
    assert.deepEqual(idsOf(sortOpportunityKeys(fixtureModel, allKeys, 'next-date', { now: WEDNESDAY_NOON, locales: ['en'] })), [
      'code-club', 'pottery', 'history-walk', 'esol', 'excel',
    ]);
  });

  it('puts opportunities with nothing upcoming last', () => {
    const model = feedModel({
      opportunities: [
        opportunity('past', { timing: timing({ start: '2026-01-01T10:00:00', end: '2026-01-01T11:00:00' }) }),
        opportunity('soon', { timing: timing({ start: '2026-10-22T10:00:00', end: '2026-10-22T11:00:00' }) }),
      ],
    });
    const keys = model.opportunities.map((item) => item.key);
    assert.deepEqual(idsOf(sortOpportunityKeys(model, keys, 'next-date', { now: WEDNESDAY_NOON })), ['soon', 'past']);
  });

  it('counts a session already under way as the next one', () => {
    const model = feedModel({
      opportunities: [
        opportunity('running', { timing: timing({ start: '2026-10-21T11:00:00', end: '2026-10-21T15:00:00' }) }),
      ],
    });
    const starts = nextOccurrenceStarts(model.opportunities, WEDNESDAY_NOON, 86_400_000);
    assert.equal(starts.get(keyOf('running')), Date.parse('2026-10-21T10:00:00Z'));
  });
});

describe('sortOpportunityKeys: large result sets', () => {
  // 1,500 items (past the size where next-date order goes through a ranking of the whole model),
  // few distinct names and many equal starts, so the tie-breaks (name, then key) decide a lot.
  const names = ['Yoga', 'Choir', 'Code Club', 'Allotment day', 'Éclairs'];
  const base = Date.UTC(2030, 0, 1);
  const count = 1_500;
  const items = Array.from({ length: count }, (_, index) => {
    const id = `item-${(index * 7919) % count}`;
    return opportunity(id, { name: { en: names[(index * 31) % names.length]! } });
  });
  const model = feedModel({ opportunities: items });
  const keys = model.opportunities.map((item) => item.key);
  const nameOf = new Map(model.opportunities.map((item) => [item.key, item.name.en!]));
  const collator = new Intl.Collator(['en'], { numeric: true });
  const byNameThenKey = (a: string, b: string) => collator.compare(nameOf.get(a)!, nameOf.get(b)!) || (a < b ? -1 : a > b ? 1 : 0);

  it('orders by next start, missing starts last, then by name and key', () => {
    const nextStarts = new Map<string, number>();
    keys.forEach((key, index) => {
      if (index % 10 !== 0) nextStarts.set(key, base + (index % 13) * 3_600_000);
    });
    const expected = [...keys].sort((a, b) => {
      const startA = nextStarts.get(a) ?? Infinity;
      const startB = nextStarts.get(b) ?? Infinity;
      return startA !== startB ? (startA < startB ? -1 : 1) : byNameThenKey(a, b);
    });
    assert.deepEqual(sortOpportunityKeys(model, keys, 'next-date', { nextStarts, locales: ['en'] }), expected);
  });

  it('orders by relevance, equal scores by name and key, items without a hit last by name', () => {
    const scored = keys.filter((_, index) => index % 4 !== 0);
    const searchHits = scored.map((key, index) => ({ key, score: 10 - (index % 9) })).sort((a, b) => b.score - a.score);
    const scoreOf = new Map(searchHits.map((hit) => [hit.key, hit.score]));
    const expected = [...keys].sort((a, b) => {
      const scoreA = scoreOf.get(a) ?? -Infinity;
      const scoreB = scoreOf.get(b) ?? -Infinity;
      return scoreA !== scoreB ? scoreB - scoreA : byNameThenKey(a, b);
    });
    assert.deepEqual(sortOpportunityKeys(model, keys, 'relevance', { searchHits, locales: ['en'] }), expected);
  });

  it('orders by name, equal names by key', () => {
    assert.deepEqual(sortOpportunityKeys(model, keys, 'name', { locales: ['en'] }), [...keys].sort(byNameThenKey));
  });
});
