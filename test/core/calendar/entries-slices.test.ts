/**
 * calendarEntriesInSlices: what <learning-calendar> runs for big feeds. The same entries as
 * calendarEntries, the host given turns while it works, and stopped by its signal.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { calendarEntries, calendarEntriesInSlices } from '../../../src/core/calendar/entries.js';
import { parseLocalDate } from '../../../src/core/calendar/local-date.js';
import type { Opportunity } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';

const city = parseFeed(readFileSync(new URL('../../fixtures/calendar/city.json', import.meta.url), 'utf8')).opportunities;
const range = (from: string, to: string) => ({ from: parseLocalDate(from)!, to: parseLocalDate(to)! });
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The city feed repeated `copies` times under other keys: a big feed with the fixture's variety. */
function manyCopies(copies: number): Opportunity[] {
  return Array.from({ length: copies }, (_, copy) => city.map((opportunity) => ({ ...opportunity, key: `${opportunity.key}~${copy}` }))).flat();
}

describe('calendar entries in slices', () => {
  for (const [from, to, zone] of [['2026-02-23', '2026-04-05', 'Europe/London'], ['2026-10-19', '2026-11-01', 'America/Los_Angeles'], ['2026-12-28', '2027-01-03', 'Asia/Seoul']] as const) {
    it(`gives the entries calendarEntries gives, ${from} to ${to} in ${zone}`, async () => {
      const whole = calendarEntries(city, range(from, to), zone);
      const sliced = await calendarEntriesInSlices(city, range(from, to), zone, () => true, { yieldToHost: turn });
      assert.ok(whole.length > 0);
      assert.deepEqual(sliced, whole);
    });
  }

  it('gives the host turns on a big feed, and the same entries, date filter included', async () => {
    const opportunities = manyCopies(300);
    const march = range('2026-02-23', '2026-04-05');
    const keep = (occurrence: { startMs: number }) => occurrence.startMs % 2 === 0 || occurrence.startMs > Date.UTC(2026, 2, 15);
    let turns = 0;
    const sliced = await calendarEntriesInSlices(opportunities, march, 'Europe/London', keep, {
      sliceMs: 0,
      yieldToHost: () => {
        turns++;
        return turn();
      },
    });
    assert.deepEqual(sliced, calendarEntries(opportunities, march, 'Europe/London', keep));
    assert.ok(turns > 10, `only ${turns} turns`);
  });

  it('stops at the next turn once its signal aborts', async () => {
    const controller = new AbortController();
    const work = calendarEntriesInSlices(manyCopies(300), range('2026-02-23', '2026-04-05'), 'Europe/London', () => true, {
      sliceMs: 0,
      signal: controller.signal,
      yieldToHost: () => {
        controller.abort(new Error('a newer range'));
        return turn();
      },
    });
    await assert.rejects(work, /a newer range/);
  });
});
