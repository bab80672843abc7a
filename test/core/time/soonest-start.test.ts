/**
 * soonestStartMs answers "when does this opportunity next start in the window?" without building
 * occurrences. It must give exactly the first start opportunityOccurrences gives, whichever path
 * (one-off dates, the numeric schedule path, changes on the text path) the item takes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateFeed } from '../../../bench/generate.js';
import type { Opportunity } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { opportunityOccurrences, soonestStartMs } from '../../../src/core/time/occurrences.js';
import { opportunity, spec } from './helpers.js';

const DAY_MS = 86_400_000;
const ZONES = ['Europe/London', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
const RULES = ['FREQ=WEEKLY;BYDAY=MO,WE', 'FREQ=MONTHLY;BYDAY=2TU', 'FREQ=DAILY;INTERVAL=3;COUNT=20', 'FREQ=HOURLY;INTERVAL=5', undefined];
const two = (value: number) => String(value).padStart(2, '0');

function firstStart(item: Opportunity, fromMs: number, toMs: number): number | undefined {
  return opportunityOccurrences(item, fromMs, toMs)[0]?.startMs;
}

const localText = fc.tuple(
  fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
  fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30), fc.boolean(),
).map(([year, month, day, hour, minute, dateOnly]) => {
  const date = `${year}-${two(month)}-${two(day)}`;
  return dateOnly ? date : `${date}T${two(hour)}:${two(minute)}:00`;
});

const window = fc.tuple(
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 6, 1) }),
  fc.constantFrom(3_600_000, DAY_MS, 14 * DAY_MS, 366 * DAY_MS),
);

describe('soonestStartMs', () => {
  it('gives the first start opportunityOccurrences gives for every item of a generated feed with problems', () => {
    const feed = parseFeed(generateFeed({ opportunities: 3_000, seed: 11, problemRate: 0.05, startDate: '2026-11-09' }));
    let found = 0;
    for (const fromMs of [Date.UTC(2026, 10, 23, 17), Date.UTC(2027, 2, 28), Date.UTC(2027, 9, 31, 0, 30)]) {
      for (const span of [DAY_MS, 14 * DAY_MS, 366 * DAY_MS]) {
        for (const item of feed.opportunities) {
          const expected = firstStart(item, fromMs, fromMs + span);
          assert.equal(soonestStartMs(item, fromMs, fromMs + span), expected, `${item.key} in [${fromMs}, +${span})`);
          if (expected !== undefined) found++;
        }
      }
    }
    assert.ok(found > 5_000, `only ${found} items had a start in a window`);
  });

  it('agrees on one-off dates, schedules, changes and zones', () => {
    const item = fc.record({
      zone: fc.constantFrom(...ZONES),
      start: fc.option(localText, { nil: undefined }),
      schedules: fc.array(fc.record({ start: localText, rrule: fc.constantFrom(...RULES), duration: fc.constantFrom(0, 5400, 86400, 3 * 86400) }), { maxLength: 2 }),
      moved: fc.option(fc.tuple(localText, localText), { nil: undefined }),
    }).map(({ zone, start, schedules, moved }) => opportunity('k', {
      timeZone: zone,
      allDay: start?.length === 10,
      ...(start === undefined ? {} : { start }),
      schedules: schedules.map((schedule) => spec({
        start: schedule.start, allDay: schedule.start.length === 10, timeZone: zone, durationSeconds: schedule.duration,
        ...(schedule.rrule === undefined ? {} : { rrule: schedule.rrule }),
      })),
      changes: moved ? [{ occurrence: moved[0], start: moved[1] }] : [],
    }));
    fc.assert(fc.property(item, window, (subject, [fromMs, span]) => {
      assert.equal(soonestStartMs(subject, fromMs, fromMs + span), firstStart(subject, fromMs, fromMs + span));
    }), { numRuns: 600 });
  });

  it('has no start for timing that cannot be expanded, as opportunityOccurrences has none', () => {
    const unknownZone = opportunity('z', { timeZone: 'Mars/Olympus_Mons', start: '2026-12-01T10:00:00' });
    assert.equal(soonestStartMs(unknownZone, Date.UTC(2026, 10, 1), Date.UTC(2027, 0, 1)), undefined);
    assert.deepEqual(opportunityOccurrences(unknownZone, Date.UTC(2026, 10, 1), Date.UTC(2027, 0, 1)), []);
  });
});
