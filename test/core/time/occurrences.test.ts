import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { occurrencesBetween, opportunityOccurrences } from '../../../src/core/time/occurrences.js';
import { ms, opportunity, spec } from './helpers.js';

const startsOf = (items: Array<{ start: string }>) => items.map((item) => item.start);

describe('occurrences across daylight-saving changes', () => {
  it('keeps a weekly 10:00 London class at 10:00 local as the offset moves to +01:00 and back', () => {
    const weekly = opportunity('class', { schedules: [spec({ start: '2026-03-15T10:00:00', durationSeconds: 3600, rrule: 'FREQ=WEEKLY' })] });
    assert.deepEqual(startsOf(occurrencesBetween([weekly], ms('2026-03-15'), ms('2026-04-06'))), [
      '2026-03-15T10:00:00+00:00', '2026-03-22T10:00:00+00:00', '2026-03-29T10:00:00+01:00', '2026-04-05T10:00:00+01:00',
    ]);
    const autumn = occurrencesBetween([weekly], ms('2026-10-18'), ms('2026-11-02'));
    assert.deepEqual(startsOf(autumn), ['2026-10-18T10:00:00+01:00', '2026-10-25T10:00:00+00:00', '2026-11-01T10:00:00+00:00']);
    assert.deepEqual(autumn.map((item) => new Date(item.startMs).toISOString().slice(11, 16)), ['09:00', '10:00', '10:00']);
  });

  it('does the same in Los Angeles', () => {
    const item = opportunity('la', {
      timeZone: 'America/Los_Angeles',
      schedules: [spec({ start: '2026-03-01T18:30:00', timeZone: 'America/Los_Angeles', rrule: 'FREQ=WEEKLY;BYDAY=SU' })],
    });
    const zone = 'America/Los_Angeles';
    assert.deepEqual(startsOf(occurrencesBetween([item], ms('2026-03-01', zone), ms('2026-03-16', zone))), [
      '2026-03-01T18:30:00-08:00', '2026-03-08T18:30:00-07:00', '2026-03-15T18:30:00-07:00',
    ]);
  });

  it('moves a 02:30 session on the spring-forward day to 03:30, and keeps it at 02:30 the week after', () => {
    const item = opportunity('night', {
      timeZone: 'America/Los_Angeles',
      schedules: [spec({ start: '2026-03-01T02:30:00', timeZone: 'America/Los_Angeles', durationSeconds: 1800, rrule: 'FREQ=WEEKLY' })],
    });
    const result = occurrencesBetween([item], ms('2026-03-07'), ms('2026-03-16'));
    assert.deepEqual(startsOf(result), ['2026-03-08T03:30:00-07:00', '2026-03-15T02:30:00-07:00']);
    assert.equal(result[0]?.end, '2026-03-08T04:00:00-07:00');
  });

  it('follows Lord Howe Island’s half-hour shift', () => {
    const item = opportunity('lh', {
      timeZone: 'Australia/Lord_Howe',
      schedules: [spec({ start: '2026-09-27T09:00:00', timeZone: 'Australia/Lord_Howe', rrule: 'FREQ=WEEKLY' })],
    });
    const result = occurrencesBetween([item], ms('2026-09-26'), ms('2026-10-05'));
    assert.deepEqual(startsOf(result), ['2026-09-27T09:00:00+10:30', '2026-10-04T09:00:00+11:00']);
    assert.equal(result[1]!.startMs - result[0]!.startMs, 7 * 86400000 - 30 * 60000);
  });
});

describe('window bounding', () => {
  it('expands a never-ending daily rule from 1990 only inside a 90-day window in 2026', () => {
    const item = opportunity('daily', { timeZone: 'UTC', schedules: [spec({ start: '1990-01-01T12:00:00', timeZone: 'UTC', rrule: 'FREQ=DAILY' })] });
    const result = occurrencesBetween([item], ms('2026-01-01'), ms('2026-04-01'));
    assert.equal(result.length, 90);
    assert.equal(result[0]?.start, '2026-01-01T12:00:00+00:00');
    assert.equal(result.at(-1)?.start, '2026-03-31T12:00:00+00:00');
  });

  it('jumps ahead instead of walking: a minutely rule from 1990 still reaches an hour in 2026', () => {
    // Walking minute by minute from 1990 would pass the engine's hard cap on periods long before 2026.
    const item = opportunity('minutely', { timeZone: 'UTC', schedules: [spec({ start: '1990-01-01T00:00:00', timeZone: 'UTC', rrule: 'FREQ=MINUTELY;INTERVAL=5' })] });
    const result = occurrencesBetween([item], ms('2026-05-01T10:00:00'), ms('2026-05-01T11:00:00'));
    assert.equal(result.length, 12);
    assert.equal(result[0]?.start, '2026-05-01T10:00:00+00:00');
  });

  it('counts COUNT from DTSTART, not from the window', () => {
    const item = opportunity('ten', { timeZone: 'UTC', schedules: [spec({ start: '2026-01-01T09:00:00', timeZone: 'UTC', rrule: 'FREQ=DAILY;COUNT=10' })] });
    assert.deepEqual(startsOf(occurrencesBetween([item], ms('2026-01-08'), ms('2026-02-01'))), [
      '2026-01-08T09:00:00+00:00', '2026-01-09T09:00:00+00:00', '2026-01-10T09:00:00+00:00',
    ]);
  });

  it('includes an occurrence that began before the window and is still running', () => {
    const item = opportunity('long', { schedules: [spec({ start: '2026-01-05T20:00:00', durationSeconds: 4 * 3600, rrule: 'FREQ=WEEKLY' })] });
    assert.deepEqual(startsOf(occurrencesBetween([item], ms('2026-01-12T23:00:00'), ms('2026-01-13'))), ['2026-01-12T20:00:00+00:00']);
    assert.deepEqual(occurrencesBetween([item], ms('2026-01-13'), ms('2026-01-19T20:00:00')), []);
  });
});

describe('exceptions and changes', () => {
  it('matches ical.js: a date-only EXDATE removes that day’s timed occurrence, and COUNT counts it', () => {
    const item = opportunity('ex', {
      timeZone: 'UTC',
      schedules: [spec({ start: '2024-06-09T03:00:00', timeZone: 'UTC', rrule: 'FREQ=DAILY;COUNT=4', exdates: ['2024-06-11'] })],
    });
    assert.deepEqual(
      occurrencesBetween([item], ms('2024-06-01'), ms('2024-07-01')).map((occurrence) => new Date(occurrence.startMs).toISOString()),
      ['2024-06-09T03:00:00.000Z', '2024-06-10T03:00:00.000Z', '2024-06-12T03:00:00.000Z'],
    );
  });

  it('cancels, renames and moves single occurrences, including one moved into the window', () => {
    const item = opportunity('club', {
      schedules: [spec({ start: '2026-12-01T18:00:00', durationSeconds: 3600, rrule: 'FREQ=WEEKLY;COUNT=6' })],
      changes: [
        { occurrence: '2026-12-08T18:00', status: 'cancelled' },
        { occurrence: '2026-12-15T18:00:00', name: { en: 'Christmas special' }, start: '2026-12-16T17:00:00', end: '2026-12-16T19:00:00' },
        { occurrence: '2026-12-29T18:00:00', start: '2026-12-21T18:00:00' },
      ],
    });
    const result = opportunityOccurrences(item, ms('2026-12-07'), ms('2026-12-23'));
    assert.deepEqual(result.map((occurrence) => [occurrence.start, occurrence.end, occurrence.status, occurrence.name?.en]), [
      ['2026-12-08T18:00:00+00:00', '2026-12-08T19:00:00+00:00', 'cancelled', undefined],
      ['2026-12-16T17:00:00+00:00', '2026-12-16T19:00:00+00:00', 'scheduled', 'Christmas special'],
      ['2026-12-21T18:00:00+00:00', '2026-12-21T19:00:00+00:00', 'scheduled', undefined],
      ['2026-12-22T18:00:00+00:00', '2026-12-22T19:00:00+00:00', 'scheduled', undefined],
    ]);
  });

  it('adds RDATEs, and marks every occurrence of a cancelled opportunity cancelled', () => {
    const item = opportunity('extra', {
      schedules: [spec({ start: '2026-05-04T10:00:00', rrule: 'FREQ=WEEKLY;COUNT=2', rdates: ['2026-05-06T15:00:00'] })],
    }, { status: 'cancelled' });
    const result = occurrencesBetween([item], ms('2026-05-01'), ms('2026-06-01'));
    assert.deepEqual(startsOf(result), ['2026-05-04T10:00:00+01:00', '2026-05-06T15:00:00+01:00', '2026-05-11T10:00:00+01:00']);
    assert.ok(result.every((occurrence) => occurrence.status === 'cancelled'));
  });
});

describe('one-off and all-day items', () => {
  it('gives a timed one-off with its end, and a point in time when there is none', () => {
    const talk = opportunity('talk', { start: '2026-12-01T18:00:00', end: '2026-12-01T19:30:00' });
    const [occurrence] = occurrencesBetween([talk], ms('2026-12-01'), ms('2026-12-02'));
    assert.deepEqual([occurrence?.start, occurrence?.end, occurrence!.endMs - occurrence!.startMs], ['2026-12-01T18:00:00+00:00', '2026-12-01T19:30:00+00:00', 5400000]);
    const point = occurrencesBetween([opportunity('point', { start: '2026-12-01T18:00:00' })], ms('2026-12-01'), ms('2026-12-02'));
    assert.equal(point[0]?.endMs, point[0]?.startMs);
  });

  it('gives an all-day range as dates with the last day inclusive, and ms bounds from midnight to midnight', () => {
    const festival = opportunity('fest', { start: '2026-07-01', end: '2026-07-03', allDay: true });
    const [occurrence] = occurrencesBetween([festival], ms('2026-07-03T12:00:00'), ms('2026-07-10'));
    assert.equal(occurrence?.start, '2026-07-01');
    assert.equal(occurrence?.end, '2026-07-03');
    assert.equal(occurrence?.allDay, true);
    assert.equal(occurrence?.startMs, Date.UTC(2026, 5, 30, 23));
    assert.equal(occurrence?.endMs, Date.UTC(2026, 6, 3, 23));
    assert.deepEqual(occurrencesBetween([festival], ms('2026-07-04'), ms('2026-07-10')), []);
  });

  it('gives a course with schedules the schedule’s occurrences, not its overall span', () => {
    const course = opportunity('course', {
      start: '2026-01-06', end: '2026-03-31', allDay: true,
      schedules: [spec({ start: '2026-01-06T18:00:00', rrule: 'FREQ=WEEKLY;UNTIL=20260331T235959' })],
    });
    const result = occurrencesBetween([course], ms('2026-01-01'), ms('2026-02-01'));
    assert.deepEqual(startsOf(result), ['2026-01-06T18:00:00+00:00', '2026-01-13T18:00:00+00:00', '2026-01-20T18:00:00+00:00', '2026-01-27T18:00:00+00:00']);
  });

  it('sorts by start, then by opportunity key, and leaves out what it cannot expand instead of throwing', () => {
    const b = opportunity('b', { start: '2026-01-01T10:00:00' });
    const a = opportunity('a', { start: '2026-01-01T10:00:00' });
    const early = opportunity('z', { start: '2026-01-01T09:00:00' });
    const broken = opportunity('broken', { timeZone: 'Nowhere/Land', start: '2026-01-01T10:00:00' });
    const badRule = opportunity('bad-rule', { schedules: [spec({ start: '2026-01-01T10:00:00', rrule: 'FREQ=SOMETIMES' })] });
    const result = occurrencesBetween([b, broken, a, badRule, early], ms('2026-01-01'), ms('2026-01-02'));
    assert.deepEqual(result.map((occurrence) => occurrence.opportunityKey), ['z', 'a', 'b']);
  });
});

describe('agreement with ical.js', () => {
  const rules: Array<[string, string]> = [
    ['20260105T180000', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=12'],
    ['20260130T090000', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=8'],
    ['20260131T120000', 'FREQ=MONTHLY;COUNT=8'],
    ['20260110T100000', 'FREQ=MONTHLY;BYDAY=2SA;UNTIL=20261231T000000Z'],
    // Not FREQ=YEARLY from 29 February: ical.js rolls it over to 1 March, where RFC 5545 (and
    // libical's "leap day gets skipped" case) skip the years without one.
    ['20260329T010000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;COUNT=4'],
    ['20260101T060000', 'FREQ=DAILY;BYHOUR=6,18;BYMINUTE=0,30;COUNT=20'],
  ];
  for (const [dtstart, rrule] of rules) {
    it(`expands ${rrule} like ical.js`, () => {
      const ics = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:${dtstart}Z\r\nRRULE:${rrule}\r\nEND:VEVENT\r\nEND:VCALENDAR`;
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      const iterator = event.iterator();
      const expected: string[] = [];
      for (let next = iterator.next(); next; next = iterator.next()) expected.push(next.toJSDate().toISOString());
      const local = `${dtstart.slice(0, 4)}-${dtstart.slice(4, 6)}-${dtstart.slice(6, 8)}T${dtstart.slice(9, 11)}:${dtstart.slice(11, 13)}:00`;
      const item = opportunity('x', { timeZone: 'UTC', schedules: [spec({ start: local, timeZone: 'UTC', rrule })] });
      const actual = occurrencesBetween([item], ms('2020-01-01'), ms('2040-01-01')).map((occurrence) => new Date(occurrence.startMs).toISOString());
      assert.ok(expected.length > 1);
      assert.deepEqual(actual, expected);
    });
  }
});
