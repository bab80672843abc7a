import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutTimeGrid, type TimedItem } from '../../../src/core/calendar/time-grid-layout.js';

interface Named extends TimedItem {
  name: string;
}

const at = (name: string, start: number, end: number): Named => ({ name, startMinutes: start * 60, endMinutes: end * 60 });

function summary(items: Named[]) {
  return Object.fromEntries(layoutTimeGrid(items).map((placed) => [placed.item.name, `${placed.column + 1}/${placed.columns}`]));
}

describe('week time grid packing', () => {
  it('an event alone takes the whole width', () => {
    assert.deepEqual(summary([at('a', 9, 10)]), { a: '1/1' });
  });

  it('two overlapping events sit side by side; one touching the end does not overlap', () => {
    assert.deepEqual(summary([at('a', 9, 11), at('b', 10, 12), at('c', 12, 13)]), { a: '1/2', b: '2/2', c: '1/1' });
  });

  it('a chain of overlaps is one cluster and reuses freed columns', () => {
    // a overlaps b, b overlaps c, a and c do not: c can take a's column, and all three share 2 columns.
    assert.deepEqual(summary([at('a', 9, 10), at('b', 9.5, 11), at('c', 10, 12)]), { a: '1/2', b: '2/2', c: '1/2' });
  });

  it('three at once need three columns, and a later separate cluster is unaffected', () => {
    assert.deepEqual(summary([at('a', 9, 12), at('b', 9, 10), at('c', 9.5, 10.5), at('d', 14, 15)]),
      { a: '1/3', b: '2/3', c: '3/3', d: '1/1' });
  });

  it('draws short events at the minimum height and packs them at that height', () => {
    const placed = layoutTimeGrid([at('a', 9, 9), at('b', 9.25, 10)], { minimumMinutes: 30 });
    assert.deepEqual(placed.map((item) => [item.top, item.bottom, item.columns]), [[540, 570, 2], [555, 600, 2]]);
  });

  it('never puts two overlapping events in the same column of a cluster', () => {
    const item = fc.record({ start: fc.integer({ min: 0, max: 1400 }), length: fc.integer({ min: 0, max: 300 }) })
      .map(({ start, length }) => ({ startMinutes: start, endMinutes: Math.min(1440, start + length) }));
    fc.assert(fc.property(fc.array(item, { maxLength: 25 }), (items) => {
      const placed = layoutTimeGrid(items);
      for (const a of placed) {
        assert.ok(a.column < a.columns);
        for (const b of placed) {
          if (a === b || a.top >= b.bottom || b.top >= a.bottom) continue;
          assert.notEqual(a.column, b.column);
          assert.equal(a.columns, b.columns);
        }
      }
    }));
  });
});
