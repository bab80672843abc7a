import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MiniSearch from 'minisearch';
import { scoreTerms, type ScoringOptions } from '../../../src/core/search/search-scoring.js';
import { prefetchFirstLetters } from '../../../src/core/search/term-scores.js';

// Words by first letter: s in four documents, c in three (chess, coding, chi), t in one.
const names = ['Sewing', 'Singing', 'Sculpture', 'Spanish', 'Chess', 'Coding', 'Tai chi'];
const options: ScoringOptions = { boosts: { name: 1 }, fuzzy: () => false, combineWith: 'AND' };

function engineWith(documents: string[]): MiniSearch<{ id: number; name: string }> {
  const engine = new MiniSearch<{ id: number; name: string }>({ fields: ['name'], storeFields: [] });
  engine.addAll(documents.map((name, id) => ({ id, name })));
  return engine;
}

function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Counts the prefix walks over the index, the costly part of scoring a letter that was not kept. */
function countPrefixWalks(engine: object): { count: number } {
  const index = (engine as { _index: { atPrefix(prefix: string): unknown } })._index;
  const walks = { count: 0 };
  const atPrefix = index.atPrefix.bind(index);
  index.atPrefix = (prefix: string) => {
    walks.count++;
    return atPrefix(prefix);
  };
  return walks;
}

const hitsOf = (engine: object, letter: string) => {
  const scored = scoreTerms(engine, [letter], options)!;
  return Array.from(scored.ids, (id, at) => ({ key: scored.keyOf[id], score: scored.scores[at]! })).sort((a, b) => b.score - a.score || Number(a.key) - Number(b.key));
};
const miniSearchHits = (engine: MiniSearch<{ id: number; name: string }>, letter: string) =>
  engine.search(letter, { prefix: true }).map((result) => ({ key: String(result.id), score: result.score })).sort((a, b) => b.score - a.score || Number(a.key) - Number(b.key));

describe('prefetchFirstLetters', () => {
  it('keeps the letters whose words have the most postings, dearest first, and skips those under the minimum', () => {
    const engine = engineWith(names);
    assert.deepEqual(drain(prefetchFirstLetters(engine, options, { maxBytes: 1e6, minPostings: 2 })), ['s', 'c']);
  });

  it('stays within its memory budget, keeping the next letter that fits when the dearest does not', () => {
    // 12 bytes per document a letter reaches: s takes 48, c 36.
    assert.deepEqual(drain(prefetchFirstLetters(engineWith(names), options, { maxBytes: 48, minPostings: 1 })), ['s']);
    assert.deepEqual(drain(prefetchFirstLetters(engineWith(names), options, { maxBytes: 40, minPostings: 1 })), ['c']);
  });

  it('lets a one-letter search read the kept scores back, which are the ones MiniSearch gives', () => {
    const engine = engineWith(names);
    const expected = Object.fromEntries(['s', 'c', 't'].map((letter) => [letter, miniSearchHits(engine, letter)]));
    drain(prefetchFirstLetters(engine, options, { maxBytes: 1e6, minPostings: 2 }));
    const walks = countPrefixWalks(engine);
    assert.deepEqual(hitsOf(engine, 's'), expected.s);
    assert.deepEqual(hitsOf(engine, 'c'), expected.c);
    assert.equal(walks.count, 0, 'the kept letters are not scored again');
    assert.deepEqual(hitsOf(engine, 't'), expected.t);
    assert.equal(walks.count, 1, 'a letter under the minimum is scored when asked for');
  });

  it('stops, keeping nothing more, when the index changes under it, and searches then see the change', () => {
    const engine = engineWith(names);
    const steps = prefetchFirstLetters(engine, options, { maxBytes: 1e6, minPostings: 1 });
    steps.next(); // partway through scoring "s"
    engine.add({ id: 99, name: 'Stitching' });
    assert.deepEqual(drain(steps), []);
    const found = hitsOf(engine, 's');
    assert.ok(found.some((hit) => hit.key === '99'), 'the document added meanwhile is found');
    assert.deepEqual(found, miniSearchHits(engine, 's'));
  });
});
