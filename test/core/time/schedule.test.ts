import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ScheduleSpec } from '../../../src/core/model.js';
import { occurrencesBetween } from '../../../src/core/time/occurrences.js';
import { scheduleToSpec, type SchemaScheduleInput } from '../../../src/core/time/schedule.js';
import { ms, opportunity } from './helpers.js';

const LONDON = { timeZone: 'Europe/London' };

function specOf(input: SchemaScheduleInput): ScheduleSpec {
  const { spec, problems } = scheduleToSpec(input, LONDON);
  assert.deepEqual(problems, []);
  assert.ok(spec);
  return spec;
}

function starts(input: SchemaScheduleInput, from: string, to: string): string[] {
  const item = opportunity('s', { schedules: [specOf(input)] });
  return occurrencesBetween([item], ms(from), ms(to)).map((occurrence) => occurrence.start);
}

describe('scheduleToSpec', () => {
  it('turns a weekly Tuesday evening in London into an RRULE on the local wall clock', () => {
    const input: SchemaScheduleInput = {
      repeatFrequency: 'P1W', byDay: ['https://schema.org/Tuesday'], startDate: '2018-10-02',
      startTime: '20:15', endTime: '20:45', scheduleTimezone: 'Europe/London',
    };
    assert.deepEqual(specOf(input), {
      start: '2018-10-02T20:15:00', durationSeconds: 1800, allDay: false, timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY;BYDAY=TU', rdates: [], exdates: [],
    });
    const [first] = occurrencesBetween([opportunity('s', { schedules: [specOf(input)] })], ms('2018-10-01'), ms('2018-10-08'));
    assert.equal(first?.start, '2018-10-02T20:15:00+01:00');
    assert.equal(first?.startMs, Date.UTC(2018, 9, 2, 19, 15));
    assert.equal(first?.end, '2018-10-02T20:45:00+01:00');
  });

  it('repeats fortnightly on Thursdays', () => {
    assert.deepEqual(
      starts({ repeatFrequency: 'P2W', byDay: ['Thursday'], startDate: '2026-01-01', startTime: '18:00', duration: 'PT1H' }, '2026-01-01', '2026-02-13'),
      ['2026-01-01T18:00:00+00:00', '2026-01-15T18:00:00+00:00', '2026-01-29T18:00:00+00:00', '2026-02-12T18:00:00+00:00'],
    );
  });

  it('reads numbered weekdays: the second Monday and the last Friday of each month', () => {
    assert.deepEqual(
      starts({ repeatFrequency: 'P1M', byDay: ['2MO', '-1FR'], startDate: '2026-01-01', startTime: '10:00' }, '2026-01-01', '2026-03-01'),
      ['2026-01-12T10:00:00+00:00', '2026-01-30T10:00:00+00:00', '2026-02-09T10:00:00+00:00', '2026-02-27T10:00:00+00:00'],
    );
  });

  it('repeats on days of the month, with -1 for the last day', () => {
    assert.deepEqual(
      starts({ repeatFrequency: 'P1M', byMonthDay: [15, -1], startDate: '2026-01-01', startTime: '09:00' }, '2026-01-01', '2026-03-01'),
      ['2026-01-15T09:00:00+00:00', '2026-01-31T09:00:00+00:00', '2026-02-15T09:00:00+00:00', '2026-02-28T09:00:00+00:00'],
    );
  });

  it('stops after repeatCount, and at endDate inclusive, whichever comes first', () => {
    const weekly = { repeatFrequency: 'P1W', byDay: ['MO'], startDate: '2026-01-05', startTime: '18:00' };
    assert.equal(starts({ ...weekly, repeatCount: 3 }, '2026-01-01', '2026-12-31').length, 3);
    assert.deepEqual(starts({ ...weekly, endDate: '2026-01-19' }, '2026-01-01', '2026-12-31').at(-1), '2026-01-19T18:00:00+00:00');
    assert.equal(specOf({ ...weekly, endDate: '2026-01-19', repeatCount: 10 }).rrule, 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260119T235959');
    assert.equal(specOf({ ...weekly, endDate: '2026-12-31', repeatCount: 2 }).rrule, 'FREQ=WEEKLY;BYDAY=MO;COUNT=2');
  });

  it('takes a date-only exceptDate out for the whole day and a date-time one for that start only', () => {
    const daily = { repeatFrequency: 'P1D', startDate: '2026-02-02', repeatCount: 4 };
    const twice = { ...daily, rdate: ['2026-02-03T18:00'], startTime: '10:00' };
    assert.deepEqual(starts({ ...twice, exceptDate: ['2026-02-03'] }, '2026-02-01', '2026-02-10'), [
      '2026-02-02T10:00:00+00:00', '2026-02-04T10:00:00+00:00', '2026-02-05T10:00:00+00:00',
    ]);
    assert.deepEqual(starts({ ...twice, exceptDate: ['2026-02-03T10:00'] }, '2026-02-01', '2026-02-10'), [
      '2026-02-02T10:00:00+00:00', '2026-02-03T18:00:00+00:00', '2026-02-04T10:00:00+00:00', '2026-02-05T10:00:00+00:00',
    ]);
  });

  it('runs past midnight when endTime is earlier than startTime', () => {
    assert.equal(specOf({ repeatFrequency: 'P1W', byDay: ['FR'], startDate: '2026-01-02', startTime: '22:00', endTime: '01:30' }).durationSeconds, 12600);
  });

  it('uses an rrule with startDate and startTime as DTSTART, and an rdate-only schedule as a list of dates', () => {
    const rule = specOf({ rrule: 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;', startDate: '2026-01-01', startTime: '18:00' });
    assert.equal(rule.rrule, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    assert.equal(rule.start, '2026-01-01T18:00:00');
    const dates = specOf({ rdate: ['2026-12-24T10:00', '2026-12-20T10:00'] });
    assert.deepEqual([dates.start, dates.rdates, dates.rrule], ['2026-12-20T10:00:00', ['2026-12-24T10:00:00'], undefined]);
  });

  it('makes an all-day series when there is no startTime', () => {
    const allDay = specOf({ repeatFrequency: 'P1Y', startDate: '2026-03-08', endDate: '2028-12-31' });
    assert.deepEqual([allDay.allDay, allDay.start, allDay.durationSeconds, allDay.rrule], [true, '2026-03-08', 86400, 'FREQ=YEARLY;UNTIL=20281231']);
  });

  it('reports each unreadable field with its pointer, and says what to write', () => {
    const { spec, problems } = scheduleToSpec({
      repeatFrequency: 'P1W', byDay: ['TU', 'Tusday'], startDate: '2026-01-06', startTime: '18:00', byMonth: [13],
      exceptDate: ['2026-02-30'], scheduleTimezone: 'Mars/Olympus',
    }, LONDON);
    assert.deepEqual(problems.map((problem) => problem.path).sort(), ['/byDay/1', '/byMonth/0', '/exceptDate/0', '/scheduleTimezone']);
    const byDay = problems.find((problem) => problem.path === '/byDay/1');
    assert.match(byDay!.message, /byDay\[1\] "Tusday" is not a day: use MO, TU, WE, TH, FR, SA, SU or https:\/\/schema.org\/Tuesday/);
    assert.equal(spec?.rrule, 'FREQ=WEEKLY;BYDAY=TU');
    assert.equal(spec?.timeZone, 'Europe/London');
  });

  it('gives no spec, and says why, when the schedule cannot be placed in time', () => {
    const badRule = scheduleToSpec({ rrule: 'FREQ=WEEKLY;BYDAY=2MO', startDate: '2026-01-01' }, LONDON);
    assert.equal(badRule.spec, undefined);
    assert.equal(badRule.problems[0]?.path, '/rrule');
    assert.match(badRule.problems[0]!.message, /needs FREQ=MONTHLY or FREQ=YEARLY/);
    const noStart = scheduleToSpec({ repeatFrequency: 'P1W', byDay: ['MO'] }, LONDON);
    assert.equal(noStart.spec, undefined);
    assert.deepEqual(noStart.problems.map((problem) => problem.path), ['/startDate']);
    // A pattern that cannot be read must not quietly become a single session on startDate.
    const badFrequency = scheduleToSpec({ repeatFrequency: 'P1X', byDay: ['MO'], startDate: '2026-01-01' }, LONDON);
    assert.equal(badFrequency.spec, undefined);
    assert.equal(badFrequency.problems[0]?.path, '/repeatFrequency');
    const weeklyOrdinal = scheduleToSpec({ repeatFrequency: 'P1W', byDay: ['2MO'], startDate: '2026-01-01' }, LONDON);
    assert.equal(weeklyOrdinal.spec, undefined);
    assert.equal(weeklyOrdinal.problems[0]?.path, '/byDay');
  });
});
