/**
 * The memoised zone offsets (zone-offsets.ts) against plain Intl (intl-reference.ts): the cache
 * must never change an answer, cold or warm, at a transition or anywhere else.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clearOffsetCache, intlOffsetMs, offsetCacheStats } from '../../../src/core/time/zone-offsets.js';
import { epochMsToLocal, formatRfc3339, localToEpochMs, offsetMinutesAt, wallMsToEpochMs } from '../../../src/core/time/zone.js';
import { referenceLocalText, referenceOffsetMs, referenceWallToEpochMs } from './intl-reference.js';

// Half-hour and three-quarter-hour offsets, a 30-minute DST shift, and plain hour shifts both ways.
const ZONES = ['Europe/London', 'America/Los_Angeles', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Sao_Paulo', 'Etc/GMT+5', 'UTC'];

/** Every transition of 2026 in these zones, as [zone, instant the new offset starts, minutes before, minutes after]. */
const TRANSITIONS: Array<[string, string, number, number]> = [
  ['Europe/London', '2026-03-29T01:00:00Z', 0, 60],
  ['Europe/London', '2026-10-25T01:00:00Z', 60, 0],
  ['America/Los_Angeles', '2026-03-08T10:00:00Z', -480, -420],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', 660, 630],
  ['Australia/Lord_Howe', '2026-10-03T15:30:00Z', 630, 660],
  ['America/St_Johns', '2026-03-08T05:30:00Z', -210, -150],
  ['Pacific/Chatham', '2026-04-04T14:00:00Z', 825, 765],
  // Nepal moved from +05:30 to +05:45 at 1986-01-01 00:00 local.
  ['Asia/Kathmandu', '1985-12-31T18:30:00Z', 330, 345],
];

describe('memoised zone offsets', () => {
  it('switches offset at exactly the transition second, cold and warm', () => {
    for (const [zone, at, before, after] of TRANSITIONS) {
      const instant = Date.parse(at);
      for (const round of ['cold', 'warm']) {
        if (round === 'cold') clearOffsetCache();
        assert.equal(offsetMinutesAt(instant - 1, zone), before, `${zone} ${round} 1 ms before ${at}`);
        assert.equal(offsetMinutesAt(instant, zone), after, `${zone} ${round} at ${at}`);
        assert.equal(offsetMinutesAt(instant - 3600000, zone), before, `${zone} ${round} an hour before`);
        assert.equal(offsetMinutesAt(instant + 3599999, zone), after, `${zone} ${round} an hour after`);
      }
      // A transition at midnight UTC leaves two whole days; any other is kept inside its day.
      const atMidnight = instant % 86_400_000 === 0;
      assert.equal(offsetCacheStats(zone).transitions, atMidnight ? 0 : 1, `${zone} ${at}`);
    }
  });

  it('gives the same answers whatever order the days are learned in', () => {
    const zone = 'Australia/Lord_Howe';
    const instants = Array.from({ length: 2000 }, (_, index) => Date.parse('2026-10-03T00:00:00Z') + index * 47 * 60000);
    clearOffsetCache();
    const forwards = instants.map((ms) => offsetMinutesAt(ms, zone));
    clearOffsetCache();
    const backwards = [...instants].reverse().map((ms) => offsetMinutesAt(ms, zone)).reverse();
    assert.deepEqual(backwards, forwards);
    assert.deepEqual(forwards, instants.map((ms) => referenceOffsetMs(ms, zone) / 60000));
  });

  it('agrees with plain Intl on the offset and the wall clock at random instants', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
      // Years 1-99 and before the Common Era: the paths that do not read Intl's short text.
      fc.integer({ min: -65e12, max: -59e12 }),
    );
    fc.assert(fc.property(instant, fc.constantFrom(...ZONES), fc.boolean(), (ms, zone, cold) => {
      if (cold) clearOffsetCache();
      const offset = referenceOffsetMs(ms, zone);
      assert.equal(offsetMinutesAt(ms, zone), offset / 60000);
      assert.equal(intlOffsetMs(ms, zone), offset);
      if (ms >= Date.UTC(1000, 0, 1)) {
        const local = referenceLocalText(ms, zone);
        assert.equal(epochMsToLocal(ms, zone), local);
        const minutes = Math.round(offset / 60000);
        const suffix = `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
        assert.equal(formatRfc3339(ms, zone), `${local}${suffix}`);
      }
    }), { numRuns: 1500 });
  });

  it('reads wall clocks as instants like a brute-force search does, gaps and overlaps included', () => {
    // Wall clocks on the quarter hour near 2026's transitions, and anywhere in 2020-2030.
    const nearTransition = fc.tuple(fc.constantFrom(...TRANSITIONS.slice(0, 7)), fc.integer({ min: -16, max: 16 })).map(([[zone, at, before], quarter]) =>
      [zone, Date.parse(at) + before * 60000 + quarter * 900000] as const);
    const anywhere = fc.tuple(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2020, 0, 1) / 60000, max: Date.UTC(2030, 0, 1) / 60000 })).map(([zone, minute]) =>
      [zone, minute * 60000] as const);
    fc.assert(fc.property(fc.oneof(nearTransition, anywhere), fc.boolean(), ([zone, wall], cold) => {
      if (cold) clearOffsetCache();
      assert.equal(wallMsToEpochMs(wall, zone), referenceWallToEpochMs(wall, zone), `${zone} ${new Date(wall).toISOString()}`);
    }), { numRuns: 400 });
  });

  it('refuses what Intl refuses, and answers UTC without asking', () => {
    assert.throws(() => offsetMinutesAt(Date.UTC(2026, 0, 1), 'Nowhere/Land'), RangeError);
    assert.throws(() => offsetMinutesAt(Number.NaN, 'Europe/London'), RangeError);
    assert.throws(() => offsetMinutesAt(8.64e15 + 1, 'Europe/London'), RangeError);
    assert.throws(() => localToEpochMs('2026-01-01T10:00:00', 'Nowhere/Land'), RangeError);
    assert.equal(offsetMinutesAt(8.64e15, 'UTC'), 0);
    assert.equal(offsetCacheStats('UTC').days, 0);
  });
});
