import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { calendarEntries, type CalendarEntry } from '../../../src/core/calendar/entries.js';
import { formatLocalDate, parseLocalDate } from '../../../src/core/calendar/local-date.js';
import { parseFeed } from '../../../src/core/parse/index.js';

const feed = parseFeed(readFileSync(new URL('../../fixtures/calendar/city.json', import.meta.url), 'utf8'));
const range = (from: string, to: string) => ({ from: parseLocalDate(from)!, to: parseLocalDate(to)! });

function describeEntry(entry: CalendarEntry): string {
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const [first, last] = [formatLocalDate(entry.firstDay), formatLocalDate(entry.lastDay)];
  const days = first === last ? first : `${first}..${last}`;
  return `${entry.opportunity.id} ${days} ${entry.allDay ? 'all day' : `${clock(entry.startMinutes)}-${clock(entry.endMinutes)}`}`;
}

describe('calendar entries in the display zone', () => {
  it('the fixture parses without problems', () => {
    assert.deepEqual(feed.problems, []);
  });

  it('keeps a weekly 18:00 London class at 18:00 across the March and October clock changes', () => {
    const codeClub = feed.opportunities.filter((opportunity) => opportunity.id === 'code-club');
    const march = calendarEntries(codeClub, range('2026-03-16', '2026-04-05'), 'Europe/London');
    assert.deepEqual(march.map(describeEntry), ['code-club 2026-03-17 18:00-19:30', 'code-club 2026-03-24 18:00-19:30', 'code-club 2026-03-31 18:00-19:30']);
    const october = calendarEntries(codeClub, range('2026-10-19', '2026-11-01'), 'Europe/London');
    assert.deepEqual(october.map(describeEntry), ['code-club 2026-10-20 18:00-19:30', 'code-club 2026-10-27 18:00-19:30']);
  });

  it('shows the same class in Los Angeles at 10:00, or 11:00 in the weeks the two zones change clocks apart', () => {
    const codeClub = feed.opportunities.filter((opportunity) => opportunity.id === 'code-club');
    const spring = calendarEntries(codeClub, range('2026-03-02', '2026-04-05'), 'America/Los_Angeles');
    assert.deepEqual(spring.map(describeEntry), [
      'code-club 2026-03-03 10:00-11:30', // GMT and PST: 8 hours apart
      'code-club 2026-03-10 11:00-12:30', // US changed on 8 March, the UK not yet: 7 hours
      'code-club 2026-03-17 11:00-12:30',
      'code-club 2026-03-24 11:00-12:30',
      'code-club 2026-03-31 10:00-11:30', // UK changed on 29 March: 8 hours again
    ]);
    const autumn = calendarEntries(codeClub, range('2026-10-19', '2026-11-08'), 'America/Los_Angeles');
    assert.deepEqual(autumn.map(describeEntry), [
      'code-club 2026-10-20 10:00-11:30',
      'code-club 2026-10-27 11:00-12:30', // UK back on 25 October, US not until 1 November
      'code-club 2026-11-03 10:00-11:30',
    ]);
  });

  it('leaves out excepted dates and keeps cancelled occurrences with their status', () => {
    const codeClub = feed.opportunities.filter((opportunity) => opportunity.id === 'code-club');
    const february = calendarEntries(codeClub, range('2026-02-09', '2026-02-22'), 'Europe/London');
    assert.deepEqual(february.map((entry) => formatLocalDate(entry.firstDay)), ['2026-02-10']);
    const cancelled = calendarEntries(codeClub, range('2026-03-10', '2026-03-10'), 'Europe/London');
    assert.equal(cancelled[0]?.occurrence.status, 'cancelled');
  });

  it('all-day events keep their dates in any zone, with the last day inclusive', () => {
    const festival = feed.opportunities.filter((opportunity) => opportunity.id === 'book-festival');
    for (const zone of ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      assert.deepEqual(calendarEntries(festival, range('2026-03-01', '2026-03-31'), zone).map(describeEntry),
        ['book-festival 2026-03-12..2026-03-14 all day'], zone);
    }
  });

  it('an event crossing midnight covers both days; one ending at midnight does not spill over', () => {
    const late = feed.opportunities.filter((opportunity) => opportunity.id === 'late-reading');
    assert.deepEqual(calendarEntries(late, range('2026-03-16', '2026-03-22'), 'Europe/London').map(describeEntry),
      ['late-reading 2026-03-20..2026-03-21 22:00-01:00']);
    // New York is on summer time from 8 March and London not until 29 March: 4 hours behind, all on one day.
    assert.deepEqual(calendarEntries(late, range('2026-03-16', '2026-03-22'), 'America/New_York').map(describeEntry),
      ['late-reading 2026-03-20 18:00-21:00']);
    const endsAtMidnight = { ...late[0]!, timing: { ...late[0]!.timing, end: '2026-03-21T00:00:00' } };
    assert.deepEqual(calendarEntries([endsAtMidnight], range('2026-03-16', '2026-03-22'), 'Europe/London').map(describeEntry),
      ['late-reading 2026-03-20 22:00-24:00']);
  });

  it('only returns entries touching the range, and honours the keep test', () => {
    const all = calendarEntries(feed.opportunities, range('2026-03-19', '2026-03-19'), 'Europe/London');
    assert.deepEqual(all.map((entry) => entry.opportunity.id), ['poetry', 'knit', 'chess', 'tour', 'film']);
    const mornings = calendarEntries(feed.opportunities, range('2026-03-19', '2026-03-19'), 'Europe/London',
      (occurrence) => occurrence.start < '2026-03-19T11:00');
    assert.deepEqual(mornings.map((entry) => entry.opportunity.id), ['poetry', 'knit']);
    assert.equal(new Set(all.map((entry) => entry.id)).size, all.length);
  });
});
