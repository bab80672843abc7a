/**
 * A big feed's first results come from the early next starts (finder-prep.ts): the first pages must be
 * exactly what the complete reading shows, and the complete reading must order everything as reading
 * every next start in one go does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { generateFeed } from '../../../bench/generate.js';
import { mergeFeeds } from '../../../src/core/merge.js';
import type { FeedModel, OpportunityFilters } from '../../../src/core/model.js';
import { parseFeedValue } from '../../../src/core/parse/feed-steps.js';
import { sortOpportunityKeys } from '../../../src/core/search/sort.js';
import { ResultsCache, type ResultsInput } from '../../../src/elements/learning-finder/finder-results.js';
import { generatedModel } from './generate-model.js';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-06-15T10:00:00Z');

function inputFor(model: FeedModel, filters: OpportunityFilters = {}): ResultsInput {
  return {
    model, filters, sort: undefined, facets: ['topic', 'audience'], locale: 'en', locales: ['en'], now: NOW, timeZone: 'Europe/London',
    index: undefined, indexVersion: 0,
  };
}

/** Weekly and monthly series, one-offs over a year, many names shared: ties are broken by name, then key. */
function cityModel(count: number): FeedModel {
  const startDate = new Date(NOW - 14 * DAY_MS).toISOString().slice(0, 10);
  return mergeFeeds([parseFeedValue(generateFeed({ opportunities: count, seed: 5, startDate }))]);
}

function allKeys(results: { keys: { length: number; slice(start: number, end: number): string[] } }): string[] {
  return results.keys.slice(0, results.keys.length);
}

describe('finder results of a big feed, from early and complete next starts', () => {
  it('shows the first pages from the early starts exactly as the complete starts order them', async () => {
    const model = cityModel(8_000);
    // What the element would render on each notice: read at once, as the notices can follow each other quickly.
    const shown: Array<ReturnType<ResultsCache['get']>> = [];
    const cache: ResultsCache = new ResultsCache(() => shown.push(cache.get(inputFor(model))));
    expect(cache.get(inputFor(model)), 'nothing before the first pass').to.equal(undefined);
    await waitUntil(() => shown.length === 2, 'early and complete starts read', { timeout: 20_000 });
    const [early, complete] = shown as [NonNullable<(typeof shown)[0]>, NonNullable<(typeof shown)[0]>];
    expect(early.sort).to.equal('next-date');
    expect(early, 'a result of its own').not.to.equal(complete);
    expect(early.keys.length, 'the same results, counted at once').to.equal(complete.keys.length);
    expect(early.keys.slice(0, 200)).to.deep.equal(complete.keys.slice(0, 200));
    // The complete order is the one core gives reading every next start at once.
    const shuffled = allKeys(complete).reverse();
    expect(allKeys(complete)).to.deep.equal(sortOpportunityKeys(model, shuffled, 'next-date', { now: NOW, locales: ['en', 'en'] }));
    cache.dispose();
  });

  it('waits for the complete starts when too few results start in the next two weeks', async () => {
    // Every item of this model is in December 2026: nothing starts within two weeks of mid-June.
    const model = generatedModel(3_000);
    // What the element would render on each notice: read at once, as the notices can follow each other quickly.
    const shown: Array<ReturnType<ResultsCache['get']>> = [];
    const cache: ResultsCache = new ResultsCache(() => shown.push(cache.get(inputFor(model))));
    expect(cache.get(inputFor(model))).to.equal(undefined);
    await waitUntil(() => shown.length === 2, 'early and complete starts read', { timeout: 20_000 });
    expect(shown[0], 'still the loading state after the early starts').to.equal(undefined);
    const complete = shown[1]!;
    expect(complete.keys.length).to.be.greaterThan(0);
    const shuffled = allKeys(complete).reverse();
    expect(allKeys(complete)).to.deep.equal(sortOpportunityKeys(model, shuffled, 'next-date', { now: NOW, locales: ['en', 'en'] }));
    cache.dispose();
  });

  it('orders by name from the first results when the visitor sorts by name', async () => {
    const model = cityModel(3_000);
    let ready = 0;
    const cache = new ResultsCache(() => ready++);
    const byName = { ...inputFor(model), sort: 'name' as const };
    cache.get(byName);
    await waitUntil(() => ready >= 1, 'early starts read', { timeout: 20_000 });
    const shown = allKeys(cache.get(byName)!);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown).to.deep.equal(sortOpportunityKeys(model, [...shown].reverse(), 'name', { locales: ['en', 'en'] }));
    cache.dispose();
  });
});
