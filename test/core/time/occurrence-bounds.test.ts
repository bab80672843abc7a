/**
 * occurrenceBounds: the engine skips an opportunity whose bounds miss the window, so the bounds must
 * hold every occurrence the opportunity has — in every zone, for moved occurrences, RDATEs and rules.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Opportunity } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { boundsMeet, occurrenceBounds, opportunityOccurrences } from '../../../src/core/time/index.js';
import { recurringFeed } from '../../hardening-node/schedule-arbitraries.js';

const YEAR_MS = 365 * 86_400_000;

function opportunitiesOf(items: Array<Record<string, unknown>>): Opportunity[] {
  const parsed = parseFeed({ version: '1.0', id: 'bounds', timeZone: 'Europe/London', opportunities: items.map((item, index) => ({ id: `item-${index}`, name: `Item ${index}`, eventAttendanceMode: 'online', ...item })) });
  return parsed.opportunities;
}

/** Every occurrence in a window years wide lies inside the opportunity's bounds. */
function assertHoldsAll(opportunity: Opportunity, fromMs: number, toMs: number): number {
  const bounds = occurrenceBounds(opportunity);
  const occurrences = opportunityOccurrences(opportunity, fromMs, toMs);
  for (const occurrence of occurrences) {
    const context = `${occurrence.start}–${occurrence.end} (${occurrence.timeZone}) of ${JSON.stringify(opportunity.timing)}`;
    assert.ok(occurrence.startMs >= bounds.fromMs, `starts before the bounds: ${context}`);
    assert.ok(occurrence.endMs <= bounds.toMs, `ends after the bounds: ${context}`);
  }
  return occurrences.length;
}

describe('occurrenceBounds', () => {
  it('holds every occurrence of generated recurring series in awkward zones, moved ones included', () => {
    let checked = 0;
    fc.assert(fc.property(recurringFeed, (feed) => {
      const anchor = Date.parse(`${feed.opportunities[0]!.eventSchedule[0]!.startDate}T00:00:00Z`);
      for (const opportunity of parseFeed(feed).opportunities) checked += assertHoldsAll(opportunity, anchor - 2 * YEAR_MS, anchor + 3 * YEAR_MS);
    }), { seed: 20261123, numRuns: 300 });
    assert.ok(checked > 1000, `only ${checked} occurrences were checked`);
  });

  it('holds one-offs late in the evening at both ends of the world, all-day spans and a moved occurrence', () => {
    const items = [
      { startDate: '2030-03-01T23:30', duration: 'PT2H', timeZone: 'Pacific/Kiritimati' },
      { startDate: '2030-03-01T23:30', endDate: '2030-03-02T01:00', timeZone: 'Pacific/Pago_Pago' },
      { startDate: '2030-03-01', endDate: '2030-03-09' },
      { startDate: '2030-03-01T10:00:00+14:00' },
      {
        eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['MO'], startDate: '2030-01-07', endDate: '2030-02-25', startTime: '23:00', endTime: '23:59', scheduleTimezone: 'Pacific/Kiritimati' }],
        occurrenceChanges: [{ occurrence: '2030-01-14T23:00', startDate: '2031-06-01T09:00' }],
      },
    ];
    const opportunities = opportunitiesOf(items);
    assert.equal(opportunities.length, items.length);
    const from = Date.UTC(2029, 0, 1);
    const counts = opportunities.map((opportunity) => assertHoldsAll(opportunity, from, from + 4 * YEAR_MS));
    assert.deepEqual(counts, [1, 1, 1, 1, 8]);
    // The moved session is still found in a window around its new date, far from the series.
    const moved = opportunities[4]!;
    const june = opportunityOccurrences(moved, Date.UTC(2031, 4, 31), Date.UTC(2031, 5, 2));
    assert.deepEqual(june.map((occurrence) => occurrence.start), ['2031-06-01T09:00:00+14:00']);
  });

  it('is open-ended for a rule without an end, and misses windows before the series', () => {
    const [weekly] = opportunitiesOf([{ eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['TU'], startDate: '2030-01-01', startTime: '10:00', duration: 'PT1H', scheduleTimezone: 'Europe/London' }] }]);
    const bounds = occurrenceBounds(weekly!);
    assert.equal(bounds.toMs, Infinity);
    assert.equal(boundsMeet(bounds, Date.UTC(2099, 0, 1), Date.UTC(2099, 1, 1)), true);
    assert.equal(boundsMeet(bounds, Date.UTC(2029, 0, 1), Date.UTC(2029, 1, 1)), false);
    assert.deepEqual(opportunityOccurrences(weekly!, Date.UTC(2029, 0, 1), Date.UTC(2029, 1, 1)), []);
  });

  it('a point in time at the window\'s start meets it; nothing at all meets nothing', () => {
    const [point] = opportunitiesOf([{ startDate: '2030-03-01T00:00:00Z' }]);
    const at = Date.UTC(2030, 2, 1);
    assert.equal(boundsMeet(occurrenceBounds(point!), at, at + 1), true);
    assert.equal(opportunityOccurrences(point!, at, at + 1).length, 1);
    const bare = { ...point!, timing: { ...point!.timing, start: undefined, end: undefined } };
    assert.equal(boundsMeet(occurrenceBounds(bare), -Infinity, Infinity), false);
    const unreadable = { ...point!, timing: { ...point!.timing, start: 'soon' } };
    assert.deepEqual(occurrenceBounds(unreadable), { fromMs: -Infinity, toMs: Infinity });
  });
});
