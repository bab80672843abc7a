/**
 * occurrencesBetween on generated recurring feeds (read-only use of core/time): it never throws,
 * returns only occurrences that overlap the window, sorted and without duplicates, gives the same
 * answer twice, and a window split in two gives the same occurrences as the whole.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Occurrence, Opportunity } from '../../src/core/model.js';
import { parseFeed } from '../../src/core/parse/index.js';
import { compareOccurrences, epochMsToLocal, occurrencesBetween } from '../../src/core/time/index.js';
import { PropertyLog } from './property-log.js';
import { feedAndWindow } from './schedule-arbitraries.js';

const log = new PropertyLog('occurrencesBetween properties');
after(() => console.log(log.summary()));

const scenario = feedAndWindow;

/** Everything a visitor sees of one occurrence; two equal identities are the same occurrence. */
const identity = (occurrence: Occurrence) =>
  [occurrence.opportunityKey, occurrence.startMs, occurrence.endMs, occurrence.start, occurrence.end, occurrence.status, occurrence.name?.en ?? ''].join('|');

function overlaps(occurrence: Occurrence, fromMs: number, toMs: number): boolean {
  if (occurrence.endMs === occurrence.startMs) return occurrence.startMs >= fromMs && occurrence.startMs < toMs;
  return occurrence.startMs < toMs && occurrence.endMs > fromMs;
}

function opportunitiesOf(feed: unknown): Opportunity[] {
  const parsed = parseFeed(feed);
  const errors = parsed.problems.filter((problem) => problem.severity === 'error');
  assert.deepEqual(errors, [], 'the generator makes only valid schedules');
  return parsed.opportunities;
}

const describeCase = (feed: unknown, fromMs: number, toMs: number) =>
  `window ${new Date(fromMs).toISOString()} – ${new Date(toMs).toISOString()} for ${JSON.stringify(feed)}`;

describe('occurrencesBetween, generated schedules in awkward zones', () => {
  it('never throws; every occurrence overlaps the window; sorted; no duplicates; stable', () => {
    log.assert('in window, sorted, distinct, stable', fc.property(scenario, ({ feed, window: { fromMs, toMs } }) => {
      const opportunities = opportunitiesOf(feed);
      const occurrences = occurrencesBetween(opportunities, fromMs, toMs);
      const context = describeCase(feed, fromMs, toMs);
      for (const occurrence of occurrences) {
        assert.ok(Number.isFinite(occurrence.startMs) && Number.isFinite(occurrence.endMs), `finite instants: ${context}`);
        assert.ok(occurrence.endMs >= occurrence.startMs, `ends after it starts: ${identity(occurrence)} ${context}`);
        assert.ok(overlaps(occurrence, fromMs, toMs), `outside the window: ${identity(occurrence)} ${context}`);
      }
      for (let index = 1; index < occurrences.length; index++) {
        assert.ok(compareOccurrences(occurrences[index - 1]!, occurrences[index]!) <= 0, `out of order at ${index}: ${context}`);
      }
      const identities = occurrences.map(identity);
      const twice = identities.filter((value, index) => identities.indexOf(value) !== index);
      assert.deepEqual(twice, [], `listed twice: ${context}`);
      assert.deepEqual(occurrencesBetween(opportunities, fromMs, toMs), occurrences, `a second call differs: ${context}`);
    }), 400);
  });

  it('the start and end a visitor reads agree with startMs and endMs', () => {
    log.assert('start/end text = startMs/endMs', fc.property(scenario, ({ feed, window: { fromMs, toMs } }) => {
      for (const occurrence of occurrencesBetween(opportunitiesOf(feed), fromMs, toMs)) {
        const context = `${identity(occurrence)} in ${occurrence.timeZone}: ${describeCase(feed, fromMs, toMs)}`;
        if (occurrence.allDay) {
          assert.equal(epochMsToLocal(occurrence.startMs, occurrence.timeZone).slice(0, 16), `${occurrence.start}T00:00`, context);
          assert.equal(epochMsToLocal(occurrence.endMs - 1, occurrence.timeZone).slice(0, 10), occurrence.end, context);
        } else {
          assert.equal(Date.parse(occurrence.start), occurrence.startMs, context);
          assert.equal(Date.parse(occurrence.end), occurrence.endMs, context);
        }
      }
    }), 300);
  });

  it('a window split in two gives the same occurrences as the whole window', () => {
    log.assert('split window = whole window', fc.property(scenario, ({ feed, window: { fromMs, toMs, splitMs } }) => {
      const opportunities = opportunitiesOf(feed);
      const whole = occurrencesBetween(opportunities, fromMs, toMs).map(identity);
      const halves = new Set([
        ...occurrencesBetween(opportunities, fromMs, splitMs).map(identity),
        ...occurrencesBetween(opportunities, splitMs, toMs).map(identity),
      ]);
      const context = `split at ${new Date(splitMs).toISOString()}, ${describeCase(feed, fromMs, toMs)}`;
      assert.deepEqual([...halves].filter((value) => !whole.includes(value)), [], `only in a half: ${context}`);
      assert.deepEqual(whole.filter((value) => !halves.has(value)), [], `missing from both halves: ${context}`);
    }), 300);
  });

  it('an opportunity on its own gives the same occurrences as inside a feed of others', () => {
    log.assert('per-opportunity = filtered whole', fc.property(scenario, ({ feed, window: { fromMs, toMs } }) => {
      const opportunities = opportunitiesOf(feed);
      const all = occurrencesBetween(opportunities, fromMs, toMs);
      for (const opportunity of opportunities) {
        assert.deepEqual(
          occurrencesBetween([opportunity], fromMs, toMs).map(identity),
          all.filter((occurrence) => occurrence.opportunityKey === opportunity.key).map(identity),
          describeCase(feed, fromMs, toMs),
        );
      }
    }), 150);
  });
});
