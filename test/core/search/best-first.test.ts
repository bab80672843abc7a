/**
 * bestFirst orders relevance scores best first: the native sort below 20k scores and a radix sort
 * above (a one-letter query over 100k items). Both paths must give the same order as a plain
 * comparator sort: score descending, ties by key. Without keys, ties may come in any order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestFirst } from '../../../src/core/search/best-first.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** Scores with many exact ties (few distinct values) and near ties (values a rounding apart). */
function scoresFor(count: number, seed: number): Float64Array {
  const next = random(seed);
  const distinct = Array.from({ length: 50 }, () => 0.5 + next() * 20);
  return Float64Array.from({ length: count }, () => {
    const base = distinct[Math.floor(next() * distinct.length)]!;
    return next() < 0.2 ? base * (1 + Number.EPSILON * 4) : base;
  });
}

function reference(scores: Float64Array, keyAt: (index: number) => string): number[] {
  return Array.from(scores.keys()).sort((a, b) => {
    if (scores[a] !== scores[b]) return scores[b]! - scores[a]!;
    const keyA = keyAt(a);
    const keyB = keyAt(b);
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  });
}

/** Every index once, and scores never rising. */
function assertBestFirst(scores: Float64Array, order: Int32Array): void {
  assert.deepEqual(Array.from(order).sort((a, b) => a - b), Array.from(scores.keys()));
  for (let at = 1; at < order.length; at++) assert.ok(scores[order[at - 1]!]! >= scores[order[at]!]!, `scores rise at ${at}`);
}

describe('bestFirst', () => {
  for (const count of [0, 1, 2, 1_000, 19_999, 20_000, 32_768, 65_536, 70_001]) {
    it(`${count} scores: the same order as a comparator sort, with and without keys`, () => {
      const scores = scoresFor(count, count + 7);
      const keys = Array.from({ length: count }, (_, index) => `k${(index * 7_919) % 100_003}`);
      const keyAt = (index: number): string => keys[index]!;
      assert.deepEqual(Array.from(bestFirst(scores, keyAt)), reference(scores, keyAt));
      assertBestFirst(scores, bestFirst(scores));
    });
  }

  it('scores that are not positive finite numbers still sort, by the plain comparator', () => {
    const scores = Float64Array.from([3, 0, 5, -1, 5, Infinity]);
    const keyAt = (index: number): string => `k${index}`;
    assert.deepEqual(Array.from(bestFirst(scores, keyAt)), [5, 2, 4, 0, 1, 3]);
    assertBestFirst(scores, bestFirst(scores));
  });
});
