import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeProblems, parse, problemsAt, withOpportunity } from './helpers.js';

function timingOf(fields: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const parsed = parse(withOpportunity(fields, extra));
  return { parsed, timing: parsed.opportunities[0]!.timing };
}

describe('parseFeed: dates and times', () => {
  it('keeps local wall time as written, in the feed zone', () => {
    const { parsed, timing } = timingOf({ startDate: '2026-12-01T18:00', endDate: '2026-12-01T19:30' });
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
    assert.deepEqual(timing, { timeZone: 'Europe/London', allDay: false, start: '2026-12-01T18:00:00', end: '2026-12-01T19:30:00', schedules: [], changes: [] });
  });

  it('converts a date-time with an offset to wall time in the item zone', () => {
    // 17:00Z in July is 18:00 in London (BST) and 02:00 the next day in Seoul.
    assert.equal(timingOf({ startDate: '2026-07-01T17:00:00Z' }).timing.start, '2026-07-01T18:00:00');
    assert.equal(timingOf({ startDate: '2026-07-01T17:00:00Z', timeZone: 'Asia/Seoul' }).timing.start, '2026-07-02T02:00:00');
    assert.equal(timingOf({ startDate: '2026-12-01T18:00:00-05:00' }).timing.start, '2026-12-01T23:00:00');
  });

  it('reads a date-only start as all day, with endDate as the last day', () => {
    const { timing } = timingOf({ startDate: '2026-12-12', endDate: '2026-12-13' });
    assert.equal(timing.allDay, true);
    assert.equal(timing.start, '2026-12-12');
    assert.equal(timing.end, '2026-12-13');
  });

  it('computes the end from a duration, in elapsed time across a DST change', () => {
    assert.equal(timingOf({ startDate: '2026-12-01T18:00', duration: 'PT1H30M' }).timing.end, '2026-12-01T19:30:00');
    // Clocks go back at 02:00 BST on 2026-10-25: three hours after 00:30 is 02:30 GMT.
    assert.equal(timingOf({ startDate: '2026-10-25T00:30', duration: 'PT3H' }).timing.end, '2026-10-25T02:30:00');
    assert.equal(timingOf({ startDate: '2026-12-12', duration: 'P2D' }).timing.end, '2026-12-13');
  });

  it('refuses impossible dates and other formats, keeping the opportunity', () => {
    for (const startDate of ['31/12/2026', '2026-02-30', '2026-12-01T24:00', 'tomorrow', '', 20261201]) {
      const { parsed, timing } = timingOf({ startDate });
      assert.equal(parsed.opportunities.length, 1);
      assert.equal(timing.start, undefined);
      assert.equal(problemsAt(parsed, '/opportunities/0/startDate')[0]?.severity, 'error', String(startDate));
    }
  });

  it('ignores an end before the start, or of the other form', () => {
    const before = timingOf({ startDate: '2026-12-01T18:00', endDate: '2026-12-01T17:00' });
    assert.equal(before.timing.end, undefined);
    assert.match(problemsAt(before.parsed, '/opportunities/0/endDate')[0]!.message, /before startDate/);
    const mixed = timingOf({ startDate: '2026-12-01', endDate: '2026-12-01T17:00' });
    assert.equal(mixed.timing.end, undefined);
    assert.equal(problemsAt(mixed.parsed, '/opportunities/0/endDate')[0]?.severity, 'error');
  });

  it('refuses a bad duration and a bad item zone, falling back to the feed zone', () => {
    const { parsed, timing } = timingOf({ duration: '90 minutes', timeZone: 'London' });
    assert.equal(timing.end, undefined);
    assert.equal(timing.timeZone, 'Europe/London');
    assert.equal(problemsAt(parsed, '/opportunities/0/duration')[0]?.severity, 'error');
    assert.equal(problemsAt(parsed, '/opportunities/0/timeZone')[0]?.severity, 'error');
  });

  it('warns about an opportunity with no dates at all', () => {
    const { parsed } = timingOf({ startDate: undefined });
    assert.match(problemsAt(parsed, '/opportunities/0')[0]!.message, /no startDate and no eventSchedule/);
  });
});

describe('parseFeed: schedules and occurrence changes', () => {
  it('turns a schema.org Schedule with aliases into a ScheduleSpec', () => {
    const { parsed, timing } = timingOf({
      startDate: undefined,
      eventSchedule: [{ repeatFrequency: 'P2W', byDay: ['https://schema.org/Tuesday', 'TH'], startDate: '2026-01-06', startTime: '18:00', endTime: '19:30', exceptDate: ['2026-02-17'] }],
    });
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
    assert.equal(timing.schedules.length, 1);
    const [schedule] = timing.schedules;
    assert.equal(schedule!.start, '2026-01-06T18:00:00');
    assert.equal(schedule!.durationSeconds, 5400);
    assert.equal(schedule!.timeZone, 'Europe/London');
    assert.deepEqual(schedule!.exdates, ['2026-02-17']);
    assert.match(schedule!.rrule!, /FREQ=WEEKLY/);
    assert.match(schedule!.rrule!, /INTERVAL=2/);
    assert.match(schedule!.rrule!, /BYDAY=TU,TH/);
  });

  it('reports a bad schedule field at its own pointer, and keeps the other schedules', () => {
    const { parsed, timing } = timingOf({
      startDate: undefined,
      eventSchedule: [
        { repeatFrequency: 'P1W', byDay: ['TU', 'Caturday'], startDate: '2026-01-06', startTime: '18:00' },
        'every tuesday',
        { rrule: 'FREQ=SOMETIMES', startDate: '2026-01-06' },
      ],
    });
    assert.equal(timing.schedules.length, 1);
    assert.equal(problemsAt(parsed, '/opportunities/0/eventSchedule/0/byDay/1')[0]?.severity, 'error');
    assert.equal(problemsAt(parsed, '/opportunities/0/eventSchedule/1')[0]?.severity, 'error');
    assert.equal(problemsAt(parsed, '/opportunities/0/eventSchedule/2/rrule')[0]?.severity, 'error');
  });

  it('uses the opportunity duration for a schedule that gives no length', () => {
    const { timing } = timingOf({ startDate: undefined, duration: 'PT45M', eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['MO'], startDate: '2026-01-05', startTime: '10:00' }] });
    assert.equal(timing.schedules[0]!.durationSeconds, 2700);
  });

  it('reads occurrence changes, reporting one without an occurrence', () => {
    const { parsed, timing } = timingOf({
      startDate: undefined,
      eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['TU'], startDate: '2026-01-06', startTime: '18:00', duration: 'PT1H' }],
      occurrenceChanges: [
        { occurrence: '2026-01-13T18:00', eventStatus: 'cancelled' },
        { occurrence: '2026-01-20T18:00', startDate: '2026-01-21T18:00', endDate: '2026-01-21T19:00', name: 'Moved to Wednesday' },
        { eventStatus: 'cancelled' },
      ],
    });
    assert.deepEqual(timing.changes, [
      { occurrence: '2026-01-13T18:00:00', status: 'cancelled' },
      { occurrence: '2026-01-20T18:00:00', start: '2026-01-21T18:00:00', end: '2026-01-21T19:00:00', name: { en: 'Moved to Wednesday' } },
    ]);
    assert.equal(problemsAt(parsed, '/opportunities/0/occurrenceChanges/2/occurrence')[0]?.severity, 'error');
  });
});
