import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Occurrence } from '../../../src/core/model.js';
import { compareOccurrences } from '../../../src/core/time/occurrences.js';
import { sortedOccurrences } from '../../../src/core/time/occurrence-order.js';

function occurrence(key: string, startMs: number, endMs: number): Occurrence {
  return { opportunityKey: key, start: String(startMs), end: String(endMs), timeZone: 'UTC', allDay: false, startMs, endMs, status: 'scheduled' };
}

/** Lists as opportunityOccurrences gives them: one key each, sorted; keys may repeat, starts collide often. */
const lists = fc.array(
  fc.tuple(
    fc.constantFrom('a', 'b', 'B', 'a/1', 'a/10', 'a/2', 'é', 'z', 'opp-1', 'opp-10'),
    fc.array(fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 200 }),
  ).map(([key, spans]) => spans.map(([start, length]) => occurrence(key, start * 900_000, (start + length) * 900_000)).sort(compareOccurrences)),
  { maxLength: 60 },
);

describe('sorting many occurrences', () => {
  it('gives the same order as the comparator sort, ties included, on both sides of the size switch', () => {
    fc.assert(fc.property(lists, (input) => {
      const expected = input.flat().sort(compareOccurrences);
      const actual = sortedOccurrences(input, compareOccurrences);
      assert.equal(actual.length, expected.length);
      // Identity, not just equal fields: equal occurrences must keep their order too.
      actual.forEach((item, index) => assert.equal(item, expected[index], `position ${index}`));
    }), { numRuns: 200 });
  });

  it('orders by start, then key in code-unit order, then end', () => {
    const many = Array.from({ length: 3000 }, (_, index) => [occurrence(index % 2 ? 'b' : 'B', (index % 3) * 60_000, (index % 5) * 60_000)]);
    const sorted = sortedOccurrences(many.map((list) => list.sort(compareOccurrences)), compareOccurrences);
    assert.deepEqual(sorted.slice(0, 3).map((item) => [item.startMs, item.opportunityKey]), [[0, 'B'], [0, 'B'], [0, 'B']]);
    for (let index = 1; index < sorted.length; index++) assert.ok(compareOccurrences(sorted[index - 1]!, sorted[index]!) <= 0);
  });
});
