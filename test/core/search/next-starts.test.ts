/**
 * nextOccurrenceStarts looks ahead a stretch at a time instead of expanding a whole year: it must
 * find exactly the start a whole-year expansion finds, for every kind of schedule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Opportunity, ScheduleSpec } from '../../../src/core/model.js';
import { nextOccurrenceStarts } from '../../../src/core/search/sort.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';
import { WEDNESDAY_NOON } from './fixture-model.js';
import { keyOf, opportunity, timing } from './model-builders.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 366 * DAY_MS;

/** The soonest start still running or to come, from one expansion of the whole horizon. */
function wholeHorizonStarts(opportunities: readonly Opportunity[], now: number, horizonMs: number): Map<string, number> {
  const starts = new Map<string, number>();
  for (const occurrence of occurrencesBetween(opportunities, now, now + horizonMs)) {
    if (occurrence.endMs <= now && occurrence.startMs < now) continue;
    const known = starts.get(occurrence.opportunityKey);
    if (known === undefined || occurrence.startMs < known) starts.set(occurrence.opportunityKey, occurrence.startMs);
  }
  return starts;
}

function spec(overrides: Partial<ScheduleSpec>): ScheduleSpec {
  return { start: '2026-10-21T18:00:00', durationSeconds: 7200, allDay: false, timeZone: 'Europe/London', rdates: [], exdates: [], ...overrides };
}

function scheduled(id: string, schedule: Partial<ScheduleSpec>, changes: Opportunity['timing']['changes'] = []): Opportunity {
  return opportunity(id, { timing: timing({ schedules: [spec(schedule)], changes }) });
}

describe('nextOccurrenceStarts', () => {
  // "Now" is Wednesday 21 October 2026, 12:00 in London.
  const items = [
    scheduled('weekly-from-february', { start: '2027-02-02T18:00:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' }),
    scheduled('yearly-in-september', { start: '2026-09-12T10:00:00', rrule: 'FREQ=YEARLY' }),
    scheduled('ended-in-spring', { start: '2026-03-03T18:00:00', rrule: 'FREQ=WEEKLY;UNTIL=20260428T170000Z' }),
    scheduled('rdate-before-the-series', { start: '2027-01-05T18:00:00', rrule: 'FREQ=WEEKLY', rdates: ['2026-10-24T10:00:00'] }),
    scheduled('moved-earlier', { start: '2027-03-01T18:00:00', rrule: 'FREQ=MONTHLY' }, [
      { occurrence: '2027-03-01T18:00:00', start: '2026-10-30T18:00:00' },
    ]),
    scheduled('under-way', { start: '2026-10-14T11:30:00', durationSeconds: 3600, rrule: 'FREQ=WEEKLY' }),
    scheduled('kiritimati-all-day', { start: '2026-10-22', allDay: true, durationSeconds: 86_400, timeZone: 'Pacific/Kiritimati', rrule: 'FREQ=MONTHLY' }),
    scheduled('beyond-the-horizon', { start: '2028-01-01T09:00:00' }),
    opportunity('one-off-next-week', { timing: timing({ start: '2026-10-28T19:00:00', end: '2026-10-28T21:00:00' }) }),
    opportunity('one-off-last-week', { timing: timing({ start: '2026-10-14T19:00:00' }) }),
  ];

  it('finds the start a whole-year expansion finds, for every kind of schedule', () => {
    assert.deepEqual(nextOccurrenceStarts(items, WEDNESDAY_NOON, YEAR_MS), wholeHorizonStarts(items, WEDNESDAY_NOON, YEAR_MS));
  });

  it('gives the session under way, a start months ahead, an RDATE before its series and a moved occurrence', () => {
    const starts = nextOccurrenceStarts(items, WEDNESDAY_NOON, YEAR_MS);
    assert.equal(starts.get(keyOf('under-way')), Date.parse('2026-10-21T10:30:00Z'));
    assert.equal(starts.get(keyOf('weekly-from-february')), Date.parse('2027-02-02T18:00:00Z'));
    assert.equal(starts.get(keyOf('yearly-in-september')), Date.parse('2027-09-12T09:00:00Z'));
    assert.equal(starts.get(keyOf('rdate-before-the-series')), Date.parse('2026-10-24T09:00:00Z'));
    assert.equal(starts.get(keyOf('moved-earlier')), Date.parse('2026-10-30T18:00:00Z'));
    for (const over of ['ended-in-spring', 'beyond-the-horizon', 'one-off-last-week']) assert.equal(starts.has(keyOf(over)), false, over);
  });

  it('agrees with a whole-horizon expansion for random rules, starts, zones and horizons', () => {
    const zones = ['Europe/London', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];
    const rules = ['FREQ=DAILY;INTERVAL=9', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR', 'FREQ=MONTHLY;BYDAY=-1SU', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'FREQ=WEEKLY;COUNT=3'];
    const item = fc.record({
      startDay: fc.integer({ min: -500, max: 500 }),
      minutes: fc.integer({ min: 0, max: 1439 }),
      durationSeconds: fc.constantFrom(0, 3600, 3 * DAY_MS / 1000),
      allDay: fc.boolean(),
      timeZone: fc.constantFrom(...zones),
      rrule: fc.option(fc.constantFrom(...rules), { nil: undefined }),
      rdateDay: fc.option(fc.integer({ min: -30, max: 400 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 800 }), (drawn, horizonDays) => {
        const local = (day: number, minutes: number, allDay: boolean) => {
          const text = new Date(WEDNESDAY_NOON + day * DAY_MS + minutes * 60_000).toISOString().slice(0, 19);
          return allDay ? text.slice(0, 10) : text;
        };
        const opportunities = drawn.map((draw, index) => scheduled(`random-${index}`, {
          start: local(draw.startDay, draw.minutes, draw.allDay),
          durationSeconds: draw.allDay ? DAY_MS / 1000 : draw.durationSeconds,
          allDay: draw.allDay,
          timeZone: draw.timeZone,
          rrule: draw.rrule,
          rdates: draw.rdateDay === undefined ? [] : [local(draw.rdateDay, draw.minutes, draw.allDay)],
        }));
        const horizonMs = horizonDays * DAY_MS;
        assert.deepEqual(nextOccurrenceStarts(opportunities, WEDNESDAY_NOON, horizonMs), wholeHorizonStarts(opportunities, WEDNESDAY_NOON, horizonMs));
      }),
      { numRuns: 150, seed: 20261021 },
    );
  });
});
