import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { nthLargest, relevancePages } from '../../../src/core/search/relevance-pages.js';
import { sortPositions } from '../../../src/core/search/sort.js';
import { feedModel, opportunity } from './model-builders.js';

// Titles repeat, as in real feeds, so a short query gives long runs of equal scores.
const titles = ['Code club', 'Coding for beginners', 'Chess club', 'Conversation café', 'Cooking on a budget', 'Choir', 'Ceramics', 'Art club', 'Maths help'];
const places = ['Library', 'Community centre', 'Church hall', 'College'];
const model = feedModel({
  opportunities: Array.from({ length: 6_000 }, (_, number) => opportunity(`item-${number}`, {
    name: { en: `${titles[number % titles.length]} ${number % 7 === 0 ? 'at the ' + places[number % places.length] : ''}`.trim() },
    description: { en: number % 3 === 0 ? 'Come along, all welcome.' : 'Bring a friend.' },
  })),
});
const index = createSearchIndex(model);
const locales = ['en'];

/** What sort.ts's relevance order gives from the hits best first: the order relevance-pages must reproduce. */
function reference(positions: number[], query: string): number[] {
  return sortPositions(model, positions, 'relevance', { locales, rankedHits: index.searchPositions(query, model)! });
}

describe('relevancePages', () => {
  const windows: Array<[number, number]> = [[0, 20], [20, 40], [0, 100], [100, 120], [380, 400], [1_000, 1_020], [0, 6_000]];

  for (const query of ['c', 'co', 'cl', 'code', 'club', 'a']) {
    it(`gives sort.ts's relevance order, window by window, for "${query}"`, () => {
      const hits = index.searchPositions(query, model, { ordered: false })!;
      const positions = Array.from(hits.positions).sort((a, b) => a - b);
      const expected = reference(positions, query);
      // Read as a visitor pages: each window of a fresh order, and all of them one after the other.
      for (const [start, end] of windows) {
        assert.deepEqual(relevancePages(model, positions, hits, locales).slice(start, end), expected.slice(start, end), `${query} ${start}–${end}`);
      }
      const paged = relevancePages(model, positions, hits, locales);
      for (const [start, end] of windows) assert.deepEqual(paged.slice(start, end), expected.slice(start, end), `${query} ${start}–${end}, paged`);
      assert.equal(paged.length, positions.length);
    });
  }

  it('lists results without a hit after those with one, by name', () => {
    const hits = index.searchPositions('chess', model, { ordered: false })!;
    const withoutHit = [1, 7, 8, 16];
    const positions = [...Array.from(hits.positions), ...withoutHit].sort((a, b) => a - b);
    const pages = relevancePages(model, positions, hits, locales);
    assert.deepEqual(pages.slice(0, positions.length), reference(positions, 'chess'));
    const tail = pages.slice(hits.length, positions.length).map((position) => model.opportunities[position]!.name.en);
    assert.deepEqual(tail, ['Art club', 'Art club at the College', 'Coding for beginners', 'Maths help']);
  });

  it('keeps only the results given, in the order of their scores', () => {
    const hits = index.searchPositions('c', model, { ordered: false })!;
    const positions = Array.from(hits.positions).filter((position) => position % 5 === 0).sort((a, b) => a - b);
    assert.deepEqual(relevancePages(model, positions, hits, locales).slice(0, 50), reference(positions, 'c').slice(0, 50));
  });
});

describe('nthLargest', () => {
  it('agrees with a sort, duplicates included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const size of [1, 2, 3, 10, 257, 5_000]) {
      const values = Float64Array.from({ length: size }, () => Math.floor(random() * (size / 3 + 1)) / 4);
      const sorted = Array.from(values).sort((a, b) => b - a);
      for (const n of new Set([1, 2, Math.ceil(size / 2), size].filter((n) => n >= 1 && n <= size))) {
        assert.equal(nthLargest(values, n), sorted[n - 1], `size ${size}, n ${n}`);
      }
    }
  });
});
