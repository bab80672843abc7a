/**
 * The numeric path for plain schedules (plain-occurrences.ts) must give exactly what the text path
 * gives. A change that matches no occurrence changes nothing but sends a schedule down the text
 * path, so each random opportunity is expanded both ways and compared, field by field and in order.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Opportunity, ScheduleSpec } from '../../../src/core/model.js';
import { dayNumberToDate, secondsToLocal } from '../../../src/core/time/datetime.js';
import { opportunityOccurrences } from '../../../src/core/time/occurrences.js';
import { scheduleStartSecondsBetween, scheduleStartsBetween } from '../../../src/core/time/series.js';
import { opportunity, spec } from './helpers.js';

const ZONES = ['Europe/London', 'America/Los_Angeles', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
const RULES = [
  'FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=MO,WE', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;UNTIL=20270101', 'FREQ=DAILY', 'FREQ=DAILY;INTERVAL=3;COUNT=20',
  'FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
  'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'FREQ=YEARLY;BYWEEKNO=1,13;BYDAY=MO', 'FREQ=HOURLY;INTERVAL=5', 'FREQ=MINUTELY;INTERVAL=30;BYHOUR=1,2',
  'FREQ=WEEKLY;UNTIL=20261231T000000Z',
];
const two = (value: number) => String(value).padStart(2, '0');

/** Local text in the forms feeds and imports produce, and a few they should not (which the text path must judge). */
const localText = fc.tuple(
  fc.integer({ min: 2024, max: 2028 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
  fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 59), fc.constantFrom('time', 'time', 'date', 'short', 'space', 'odd'),
).map(([year, month, day, hour, minute, form]) => {
  const date = `${year}-${two(month)}-${two(day)}`;
  const time = `${two(hour)}:${two(minute)}`;
  return { time: `${date}T${time}:00`, date, short: `${date}T${time}`, space: `${date} ${time}:00`, odd: `${date}X${time}:00` }[form];
});

const scheduleSpec = fc.record({
  start: localText,
  allDay: fc.boolean(),
  rrule: fc.option(fc.constantFrom(...RULES), { nil: undefined }),
  durationSeconds: fc.constantFrom(0, 2700, 5400, 86400, 3 * 86400, 1e12),
  timeZone: fc.constantFrom(...ZONES),
  rdates: fc.array(localText, { maxLength: 2 }),
  exdates: fc.array(localText, { maxLength: 2 }),
}).map(({ rrule, ...fields }): ScheduleSpec => (rrule === undefined ? spec(fields) : spec({ ...fields, rrule })));

const window = fc.tuple(
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
  fc.constantFrom(3_600_000, 86_400_000, 7 * 86_400_000, 90 * 86_400_000),
);

/** Text secondsToLocal would never write: another separator, or a date that does not exist. */
function isOdd(local: string): boolean {
  const date = local.slice(0, 10);
  return /[ X]/.test(local) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date;
}

/** The same opportunity with a change that matches nothing: identical meaning, text path. */
function viaTextPath(item: Opportunity): Opportunity {
  return { ...item, timing: { ...item.timing, changes: [{ occurrence: '1900-01-01T00:00:00' }] } };
}

describe('the numeric path for plain schedules', () => {
  it('gives exactly what the text path gives, across zones, rules, odd text and windows', () => {
    fc.assert(fc.property(fc.array(scheduleSpec, { minLength: 1, maxLength: 2 }), window, fc.constantFrom('scheduled', 'cancelled'), (schedules, [fromMs, span], status) => {
      const item = opportunity('k', { timeZone: schedules[0]!.timeZone, schedules }, { status: status as Opportunity['status'] });
      const numeric = opportunityOccurrences(item, fromMs, fromMs + span);
      assert.deepEqual(JSON.stringify(numeric), JSON.stringify(opportunityOccurrences(viaTextPath(item), fromMs, fromMs + span)));
    }), { numRuns: 400 });
  });

  it('keeps one occurrence when a spring-forward gap moves a start onto the next', () => {
    const hourly = spec({ start: '2026-03-29T00:30:00', rrule: 'FREQ=MINUTELY;INTERVAL=60;COUNT=4', durationSeconds: 600 });
    const item = opportunity('gap', { schedules: [hourly] });
    const from = Date.UTC(2026, 2, 28);
    const result = opportunityOccurrences(item, from, from + 2 * 86_400_000);
    // 01:30 does not exist in London that night: read as 02:30 BST, the same instant as the 02:30 start.
    assert.deepEqual(result.map((occurrence) => occurrence.start), ['2026-03-29T00:30:00+00:00', '2026-03-29T02:30:00+01:00', '2026-03-29T03:30:00+01:00']);
    assert.deepEqual(JSON.stringify(result), JSON.stringify(opportunityOccurrences(viaTextPath(item), from, from + 2 * 86_400_000)));
  });

  it('lists the same starts as scheduleStartsBetween, or declines odd text', () => {
    fc.assert(fc.property(scheduleSpec, fc.integer({ min: 1_700_000_000, max: 1_830_000_000 }), (schedule, from) => {
      const to = from + 40 * 86400;
      const attempt = <T>(expand: () => T): T | string => {
        try {
          return expand();
        } catch (error) {
          return (error as Error).message;
        }
      };
      const seconds = attempt(() => scheduleStartSecondsBetween(schedule, from, to));
      const text = attempt(() => scheduleStartsBetween(schedule, from, to));
      if (typeof seconds === 'string') return assert.equal(seconds, text, 'both refuse the rule alike');
      if (seconds) assert.deepEqual(seconds.map((start) => secondsToLocal(start, schedule.allDay)), text);
      else assert.ok([schedule.start, ...schedule.rdates].some(isOdd), 'only odd text is left to the text path');
    }), { numRuns: 400 });
  });
});

describe('calendar arithmetic without Date', () => {
  it('writes local seconds as Date would, memoised or not', () => {
    const reference = (seconds: number, dateOnly: boolean) => {
      const iso = new Date(seconds * 1000).toISOString();
      return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19);
    };
    fc.assert(fc.property(fc.integer({ min: -62_135_596_800, max: 253_402_300_799 }), fc.boolean(), (seconds, dateOnly) => {
      assert.equal(secondsToLocal(seconds, dateOnly), reference(seconds, dateOnly));
      assert.equal(secondsToLocal(seconds, dateOnly), reference(seconds, dateOnly), 'the memoised text is the same');
    }), { numRuns: 3000 });
    // Not a number: Date's answer, padded as a year, as it always was.
    assert.equal(secondsToLocal(Number.NaN), '0NaN-NaN-NaNTNaN:NaN:NaN');
  });

  it('turns day numbers into dates as Date does, across its whole range', () => {
    fc.assert(fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (days) => {
      const date = new Date(days * 86_400_000);
      assert.deepEqual(dayNumberToDate(days), [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
    }), { numRuns: 3000 });
  });
});
