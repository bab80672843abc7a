import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, addMonths, daysBetween, daysInMonth, endOfWeek, formatLocalDate, isoWeekday, parseLocalDate, startOfWeek,
  type LocalDate,
} from '../../../src/core/calendar/local-date.js';

const d = (text: string): LocalDate => {
  const date = parseLocalDate(text);
  assert.ok(date, `${text} should parse`);
  return date;
};

describe('local dates', () => {
  it('parses real dates and refuses impossible or malformed ones', () => {
    assert.deepEqual(parseLocalDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.equal(parseLocalDate('2023-02-29'), undefined);
    assert.equal(parseLocalDate('2026-13-01'), undefined);
    assert.equal(parseLocalDate('2026-4-01'), undefined);
    assert.equal(parseLocalDate('01/04/2026'), undefined);
    assert.equal(parseLocalDate(null), undefined);
  });

  it('formats with zero padding', () => {
    assert.equal(formatLocalDate({ year: 987, month: 3, day: 4 }), '0987-03-04');
  });

  it('adds days across month, year and DST boundaries without drifting', () => {
    assert.equal(formatLocalDate(addDays(d('2026-03-28'), 2)), '2026-03-30');
    assert.equal(formatLocalDate(addDays(d('2026-12-31'), 1)), '2027-01-01');
    assert.equal(formatLocalDate(addDays(d('2024-03-01'), -1)), '2024-02-29');
  });

  it('adds months clamping to the month length, aiming for a preferred day', () => {
    assert.equal(formatLocalDate(addMonths(d('2026-01-31'), 1)), '2026-02-28');
    assert.equal(formatLocalDate(addMonths(d('2026-11-30'), -1, 31)), '2026-10-31');
    assert.equal(formatLocalDate(addMonths(d('2026-01-15'), -13)), '2024-12-15');
  });

  it('knows month lengths and leap years', () => {
    assert.deepEqual([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 4)], [29, 28, 29, 30]);
  });

  it('numbers weekdays the ISO way and finds week edges for any first day', () => {
    assert.equal(isoWeekday(d('2026-03-29')), 7);
    assert.equal(isoWeekday(d('2026-03-30')), 1);
    assert.equal(formatLocalDate(startOfWeek(d('2026-03-29'), 1)), '2026-03-23');
    assert.equal(formatLocalDate(startOfWeek(d('2026-03-29'), 7)), '2026-03-29');
    assert.equal(formatLocalDate(endOfWeek(d('2026-03-29'), 6)), '2026-04-03');
    assert.equal(daysBetween(d('2026-03-01'), d('2026-04-01')), 31);
  });
});
