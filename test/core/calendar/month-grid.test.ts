import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatLocalDate } from '../../../src/core/calendar/local-date.js';
import { dayOverflow, monthGrid, weekDays, weekdayOrder } from '../../../src/core/calendar/month-grid.js';

describe('month grid', () => {
  it('lays March 2026 out in Monday-first weeks with the neighbouring days flagged', () => {
    const grid = monthGrid({ year: 2026, month: 3, day: 14 }, 1);
    assert.equal(grid.weeks.length, 6);
    assert.ok(grid.weeks.every((week) => week.length === 7));
    assert.equal(formatLocalDate(grid.firstShown), '2026-02-23');
    assert.equal(formatLocalDate(grid.lastShown), '2026-04-05');
    const firstWeek = grid.weeks[0]!;
    assert.deepEqual(firstWeek.map((day) => day.inMonth), [false, false, false, false, false, false, true]);
    assert.deepEqual(grid.weeks[5]!.map((day) => day.date.day), [30, 31, 1, 2, 3, 4, 5]);
    assert.deepEqual(grid.weeks[5]!.map((day) => day.inMonth), [true, true, false, false, false, false, false]);
  });

  it('the same month in a Sunday-first locale needs only five weeks', () => {
    const grid = monthGrid({ year: 2026, month: 3, day: 1 }, 7);
    assert.equal(grid.weeks.length, 5);
    assert.equal(formatLocalDate(grid.firstShown), '2026-03-01');
    assert.deepEqual(grid.weeks[0]!.map((day) => day.weekday), [7, 1, 2, 3, 4, 5, 6]);
  });

  it('February 2026 starting on Monday fills exactly four weeks with nothing outside', () => {
    const grid = monthGrid({ year: 2026, month: 2, day: 10 }, 7);
    assert.equal(grid.weeks.length, 4);
    assert.ok(grid.weeks.flat().every((day) => day.inMonth));
  });

  it('orders weekdays from the first day', () => {
    assert.deepEqual(weekdayOrder(6), [6, 7, 1, 2, 3, 4, 5]);
    assert.deepEqual(weekDays({ year: 2026, month: 10, day: 25 }, 1).map(formatLocalDate)[0], '2026-10-19');
  });
});

describe('"+N more" in a day cell', () => {
  it('shows everything that fits', () => {
    assert.deepEqual(dayOverflow(3, 3), { shown: 3, hidden: 0 });
    assert.deepEqual(dayOverflow(0, 3), { shown: 0, hidden: 0 });
  });

  it('gives up one line to "+N more" when the events do not fit, so N is never 1', () => {
    assert.deepEqual(dayOverflow(4, 3), { shown: 2, hidden: 2 });
    assert.deepEqual(dayOverflow(10, 3), { shown: 2, hidden: 8 });
    assert.deepEqual(dayOverflow(2, 1), { shown: 0, hidden: 2 });
  });
});
