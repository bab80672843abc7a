import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateWindow } from '../../../src/core/search/date-window.js';

const LONDON = 'Europe/London';
const at = (iso: string): number => Date.parse(iso);
const window = (fromIso: string, toIso: string) => ({ fromMs: at(fromIso), toMs: at(toIso) });

describe('dateWindow: this-weekend in Europe/London', () => {
  it('on a Wednesday, covers Saturday 00:00 to Monday 00:00, across the October clock change', () => {
    // 25 Oct 2026 the clocks go back: Saturday midnight is BST (23:00Z), Monday midnight is GMT.
    assert.deepEqual(dateWindow({ preset: 'this-weekend' }, at('2026-10-21T11:00:00Z'), LONDON), window('2026-10-23T23:00:00Z', '2026-10-26T00:00:00Z'));
  });

  it('on a Saturday afternoon, runs from now to Monday 00:00', () => {
    const now = at('2026-10-24T15:00:00Z');
    assert.deepEqual(dateWindow({ preset: 'this-weekend' }, now, LONDON), { fromMs: now, toMs: at('2026-10-26T00:00:00Z') });
  });

  it('late on Sunday, is what is left of Sunday', () => {
    const now = at('2026-10-25T23:30:00Z');
    assert.deepEqual(dateWindow({ preset: 'this-weekend' }, now, LONDON), { fromMs: now, toMs: at('2026-10-26T00:00:00Z') });
  });

  it('just after midnight on Monday, is already the next weekend', () => {
    assert.deepEqual(dateWindow({ preset: 'this-weekend' }, at('2026-10-26T00:30:00Z'), LONDON), window('2026-10-31T00:00:00Z', '2026-11-02T00:00:00Z'));
  });

  it('counts the day in London, not UTC: Friday 23:30Z in summer is already Saturday', () => {
    const now = at('2026-07-03T23:30:00Z');
    assert.deepEqual(dateWindow({ preset: 'this-weekend' }, now, LONDON), { fromMs: now, toMs: at('2026-07-05T23:00:00Z') });
  });

  it('follows a Friday–Saturday weekend when told to', () => {
    assert.deepEqual(
      dateWindow({ preset: 'this-weekend' }, at('2026-10-21T09:00:00Z'), 'Asia/Jerusalem', { weekendDays: [5, 6] }),
      window('2026-10-22T21:00:00Z', '2026-10-24T21:00:00Z'),
    );
  });
});

describe('dateWindow: today, next 7 days, this month', () => {
  it('at 00:30 BST on 1 April, "this month" is April although UTC still says 31 March', () => {
    const now = at('2026-03-31T23:30:00Z');
    assert.deepEqual(dateWindow({ preset: 'this-month' }, now, LONDON), { fromMs: now, toMs: at('2026-04-30T23:00:00Z') });
    assert.deepEqual(dateWindow({ preset: 'today' }, now, LONDON), { fromMs: now, toMs: at('2026-04-01T23:00:00Z') });
  });

  it('rolls "this month" over the end of the year', () => {
    const now = at('2026-12-15T12:00:00Z');
    assert.deepEqual(dateWindow({ preset: 'this-month' }, now, LONDON), { fromMs: now, toMs: at('2027-01-01T00:00:00Z') });
  });

  it('"next 7 days" ends at the midnight closing the seventh day, counting today, across the March clock change', () => {
    const now = at('2026-03-25T12:00:00Z');
    assert.deepEqual(dateWindow({ preset: 'next-7-days' }, now, LONDON), { fromMs: now, toMs: at('2026-03-31T23:00:00Z') });
  });
});

describe('dateWindow: custom ranges', () => {
  it('covers the local dates whole, inclusive of the last day', () => {
    assert.deepEqual(dateWindow({ from: '2026-10-24', to: '2026-10-25' }, 0, LONDON), window('2026-10-23T23:00:00Z', '2026-10-26T00:00:00Z'));
  });

  it('accepts a reversed range', () => {
    assert.deepEqual(dateWindow({ from: '2026-10-25', to: '2026-10-24' }, 0, LONDON), dateWindow({ from: '2026-10-24', to: '2026-10-25' }, 0, LONDON));
  });

  it('gives undefined for dates that do not exist or are not YYYY-MM-DD', () => {
    assert.equal(dateWindow({ from: '2026-02-30', to: '2026-03-02' }, 0, LONDON), undefined);
    assert.equal(dateWindow({ from: '24/10/2026', to: '2026-10-25' }, 0, LONDON), undefined);
  });

  it('counts days in UTC when the time zone is unknown', () => {
    assert.deepEqual(dateWindow({ from: '2026-10-24', to: '2026-10-24' }, 0, 'Mars/Olympus_Mons'), window('2026-10-24T00:00:00Z', '2026-10-25T00:00:00Z'));
  });
});
