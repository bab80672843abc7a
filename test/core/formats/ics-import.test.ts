import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importIcs } from '../../../src/core/formats/ics/import.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';
import type { LearningFeedDocument } from '../../../src/core/formats/document.js';

const conformance = resolve(process.cwd(), '../shared/conformance/ics');

function instants(feed: LearningFeedDocument, from: string, to: string): string[] {
  const parsed = parseFeed(feed, { feedKey: 'test' });
  return occurrencesBetween(parsed.opportunities, Date.parse(from), Date.parse(to)).map((occurrence) => new Date(occurrence.startMs).toISOString().replace('.000', ''));
}

const calendar = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${body.trim().split('\n').map((line) => line.trim()).join('\r\n')}\r\nEND:VCALENDAR\r\n`;

test('recur_instances.ics: the series starts at the reference instants, and the overrides move two of them', () => {
  const { feed } = importIcs(readFileSync(resolve(conformance, 'icaljs/recur_instances.ics'), 'utf8'));
  const series = feed.opportunities![0]!;
  assert.equal(series.id, '623c13c0-6c2b-45d6-a12b-c33ad61c4868');
  assert.equal(feed.timeZone, 'America/Los_Angeles');
  const unchanged = { ...feed, opportunities: [{ ...series, occurrenceChanges: undefined }] };
  assert.deepEqual(instants(unchanged, '2012-10-01', '2013-01-02').concat(), [
    '2012-10-02T17:00:00Z', '2012-11-05T18:00:00Z', '2012-11-06T18:00:00Z', '2012-11-10T18:00:00Z', '2012-11-30T18:00:00Z', '2013-01-01T18:00:00Z',
  ]);
  // RECURRENCE-ID overrides: 10:00 → 15:00 PDT on 2 October; 5 November → 6 November 20:00 PST.
  assert.deepEqual(instants(feed, '2012-10-01', '2013-01-02'), [
    '2012-10-02T22:00:00Z', '2012-11-06T18:00:00Z', '2012-11-07T04:00:00Z', '2012-11-10T18:00:00Z', '2012-11-30T18:00:00Z', '2013-01-01T18:00:00Z',
  ]);
  assert.deepEqual(series.eventSchedule![0]!.exceptDate, ['2013-04-02T10:00', '2012-12-04T10:00', '2013-02-05T10:00']);
});

test('an Outlook zone (Windows TZID with its VTIMEZONE) becomes the IANA zone, wall times unchanged', () => {
  const { feed, problems } = importIcs(calendar(`
    BEGIN:VTIMEZONE
    TZID:W. Europe Standard Time
    BEGIN:STANDARD
    DTSTART:16010101T030000
    TZOFFSETFROM:+0200
    TZOFFSETTO:+0100
    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:16010101T020000
    TZOFFSETFROM:+0100
    TZOFFSETTO:+0200
    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
    END:DAYLIGHT
    END:VTIMEZONE
    BEGIN:VEVENT
    UID:maker-night
    DTSTART;TZID=W. Europe Standard Time:20260707T180000
    DTEND;TZID=W. Europe Standard Time:20260707T200000
    SUMMARY:Maker night
    END:VEVENT`));
  assert.deepEqual(problems, []);
  assert.equal(feed.timeZone, 'Europe/Berlin');
  assert.equal(feed.opportunities![0]!.startDate, '2026-07-07T18:00');
  assert.equal(feed.opportunities![0]!.endDate, '2026-07-07T20:00');
});

test('a custom TZID whose rules match a tz zone is mapped to it; a made-up zone is converted with a warning', () => {
  const zone = (tzid: string, offset: string) => `
    BEGIN:VTIMEZONE
    TZID:${tzid}
    BEGIN:STANDARD
    DTSTART:19700101T000000
    TZOFFSETFROM:${offset}
    TZOFFSETTO:${offset}
    END:STANDARD
    END:VTIMEZONE
    BEGIN:VEVENT
    UID:talk
    DTSTART;TZID=${tzid}:20260310T100000
    SUMMARY:Talk
    END:VEVENT`;
  const india = importIcs(calendar(zone('Our office time', '+0530')), { timeZone: 'Europe/London' });
  assert.equal(india.feed.opportunities![0]!.timeZone, 'Asia/Kolkata');
  assert.equal(india.feed.opportunities![0]!.startDate, '2026-03-10T10:00');
  const madeUp = importIcs(calendar(zone('Makebelieve/Odd', '+0317')), { timeZone: 'Europe/London' });
  const opportunity = madeUp.feed.opportunities![0]!;
  // 10:00 at +03:17 is 06:43 UTC, which is 06:43 in London in March.
  assert.equal(opportunity.startDate, '2026-03-10T06:43');
  assert.equal(opportunity.timeZone, undefined);
  assert.ok(madeUp.problems.some((problem) => problem.severity === 'warning' && /Makebelieve\/Odd.*matches no known time zone/.test(problem.message) && problem.line === 4));
});

test('UTC and floating times become wall times in the calendar zone (X-WR-TIMEZONE); all-day dates stay dates', () => {
  const { feed } = importIcs(calendar(`
    X-WR-CALNAME:Sale Library
    X-WR-TIMEZONE:Europe/London
    BEGIN:VEVENT
    UID:a
    DTSTART:20260701T170000Z
    DTEND:20260701T183000Z
    SUMMARY:Code club
    END:VEVENT
    BEGIN:VEVENT
    UID:b
    DTSTART:20261201T100000
    SUMMARY:Rhyme time
    END:VEVENT
    BEGIN:VEVENT
    UID:c
    DTSTART;VALUE=DATE:20261205
    DTEND;VALUE=DATE:20261207
    SUMMARY:Book sale
    END:VEVENT`));
  assert.equal(feed.name, 'Sale Library');
  assert.equal(feed.timeZone, 'Europe/London');
  const [a, b, c] = feed.opportunities!;
  assert.deepEqual([a!.startDate, a!.endDate], ['2026-07-01T18:00', '2026-07-01T19:30']);
  assert.equal(b!.startDate, '2026-12-01T10:00');
  assert.deepEqual([c!.startDate, c!.endDate], ['2026-12-05', '2026-12-06']);
});

test('LOCATION + GEO become one shared place; CATEGORIES topics; ORGANIZER an organization; STATUS:CANCELLED', () => {
  const event = (uid: string, extra = '') => `
    BEGIN:VEVENT
    UID:${uid}
    DTSTART:20260301T090000Z
    SUMMARY:Session ${uid}
    LOCATION:Sale Library\\, Tatton Road
    GEO:53.4239;-2.3214
    CATEGORIES:Digital Skills,Coding
    ORGANIZER;CN="Trafford Libraries":mailto:libraries@trafford.gov.uk
    ${extra}
    END:VEVENT`;
  const { feed, problems } = importIcs(calendar(event('1') + event('2', 'STATUS:CANCELLED')), { timeZone: 'Europe/London' });
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.places, [{ id: 'sale-library-tatton-road', name: 'Sale Library, Tatton Road', geo: { latitude: 53.4239, longitude: -2.3214 } }]);
  assert.deepEqual(feed.organizations, [{ id: 'trafford-libraries', name: 'Trafford Libraries', email: 'libraries@trafford.gov.uk' }]);
  assert.deepEqual(feed.opportunities!.map((opportunity) => [opportunity.location, opportunity.organizer, opportunity.topics, opportunity.eventStatus]), [
    ['sale-library-tatton-road', 'trafford-libraries', ['digital-skills', 'coding'], undefined],
    ['sale-library-tatton-road', 'trafford-libraries', ['digital-skills', 'coding'], 'cancelled'],
  ]);
});

test('RDATE periods and RECURRENCE-ID cancellations become occurrence changes', () => {
  const { feed } = importIcs(calendar(`
    BEGIN:VEVENT
    UID:club
    DTSTART;TZID=Europe/London:20260105T180000
    DURATION:PT1H
    RRULE:FREQ=WEEKLY;COUNT=3
    RDATE;VALUE=PERIOD:20260201T100000Z/PT3H
    END:VEVENT
    BEGIN:VEVENT
    UID:club
    RECURRENCE-ID;TZID=Europe/London:20260112T180000
    DTSTART;TZID=Europe/London:20260112T180000
    DURATION:PT1H
    STATUS:CANCELLED
    END:VEVENT`));
  const opportunity = feed.opportunities![0]!;
  assert.deepEqual(opportunity.eventSchedule, [{ startDate: '2026-01-05', startTime: '18:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;COUNT=3', rdate: ['2026-02-01T10:00'] }]);
  assert.deepEqual(opportunity.occurrenceChanges, [
    { occurrence: '2026-02-01T10:00', startDate: '2026-02-01T10:00', endDate: '2026-02-01T13:00' },
    { occurrence: '2026-01-12T18:00', eventStatus: 'cancelled' },
  ]);
  const parsed = parseFeed(feed, { feedKey: 'test' });
  const occurrences = occurrencesBetween(parsed.opportunities, Date.parse('2026-01-01'), Date.parse('2026-03-01'));
  assert.deepEqual(occurrences.map((occurrence) => [occurrence.start, occurrence.end, occurrence.status]), [
    ['2026-01-05T18:00:00+00:00', '2026-01-05T19:00:00+00:00', 'scheduled'],
    ['2026-01-12T18:00:00+00:00', '2026-01-12T19:00:00+00:00', 'cancelled'],
    ['2026-01-19T18:00:00+00:00', '2026-01-19T19:00:00+00:00', 'scheduled'],
    ['2026-02-01T10:00:00+00:00', '2026-02-01T13:00:00+00:00', 'scheduled'],
  ]);
});

test('malformed input: each problem has its line, and the good events still come through', () => {
  const text = calendar(`
    BEGIN:VEVENT
    UID:good
    DTSTART:20260301T090000Z
    SUMMARY:Good one
    END:VEVENT
    THIS IS NOT A PROPERTY
    BEGIN:VEVENT
    UID:no-start
    SUMMARY:No start
    END:VEVENT
    BEGIN:VEVENT
    UID:bad-start
    DTSTART:2026-13-45
    SUMMARY:Bad start
    END:VEVENT
    BEGIN:VEVENT
    UID:typo
    DTSTART:20260302T090000Z
    RRULE:FREQ=DAILY;UNTL=20260305;COUNT=2
    SUMMARY:Typo in rule
    END:VEVENT`);
  const { feed, problems } = importIcs(text, { source: 'broken.ics', timeZone: 'UTC' });
  assert.deepEqual(feed.opportunities!.map((opportunity) => opportunity.id), ['good', 'typo']);
  const byLine = problems.map((problem) => [problem.line, problem.severity, problem.source]);
  assert.deepEqual(byLine, [
    [9, 'error', 'broken.ics'],
    [10, 'error', 'broken.ics'],
    [16, 'error', 'broken.ics'],
    [22, 'warning', 'broken.ics'],
  ]);
  assert.match(problems[3]!.message, /UNTL=20260305.*did you mean UNTIL/);
  assert.deepEqual(instants(feed, '2026-03-01', '2026-04-01'), ['2026-03-01T09:00:00Z', '2026-03-02T09:00:00Z', '2026-03-03T09:00:00Z']);
});

test('text that is not a calendar is one clear error, not a throw', () => {
  const { feed, problems } = importIcs('{"version": "1.0"}');
  assert.deepEqual(feed.opportunities, []);
  assert.equal(problems.filter((problem) => problem.severity === 'error' && /No BEGIN:VCALENDAR/.test(problem.message)).length, 1);
});
