import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportIcs, exportOccurrenceIcs } from '../../../src/core/formats/ics/export.js';
import { importIcs } from '../../../src/core/formats/ics/import.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';
import type { LearningFeedDocument } from '../../../src/core/formats/document.js';
import { icalJsInstants, ourInstants } from './ics-differential-harness.js';

const FEED_ID = 'https://learning.example.org/feed.json';
const document: LearningFeedDocument = {
  version: '1.0',
  id: FEED_ID,
  name: 'Sale Learning, Café; and more',
  timeZone: 'Europe/London',
  places: [{ id: 'sale-library', name: 'Sale Library', address: { streetAddress: 'Tatton Road', postalCode: 'M33 7YH' }, geo: { latitude: 53.4239, longitude: -2.3214 } }],
  organizations: [{ id: 'trafford', name: 'Trafford Libraries', email: 'libraries@trafford.gov.uk' }],
  opportunities: [
    {
      id: 'code-club', name: 'Code Club', description: `Scratch and Python — ${'배우기 ☕ '.repeat(20)}`, location: 'sale-library', organizer: 'trafford', topics: ['coding', 'digital-skills'],
      eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['TU'], startDate: '2026-03-03', startTime: '18:00', endTime: '19:30', endDate: '2026-06-30', exceptDate: ['2026-04-07', '2026-04-14T18:00'] }],
      occurrenceChanges: [
        { occurrence: '2026-03-10T18:00', startDate: '2026-03-12T17:00', endDate: '2026-03-12T18:30', name: 'Code Club (moved to Thursday)' },
        { occurrence: '2026-03-17T18:00', eventStatus: 'cancelled' },
      ],
    },
    { id: 'rhyme-time', name: 'Rhyme time', eventSchedule: [{ rrule: 'FREQ=MONTHLY;BYDAY=1SA', startDate: '2026-03-07', startTime: '10:30', duration: 'PT45M', rdate: ['2026-03-28T10:30'] }] },
    { id: 'book-sale', name: 'Book sale', startDate: '2026-05-01', endDate: '2026-05-03' },
    { id: 'talk', name: 'Author talk', startDate: '2026-03-29T00:30', endDate: '2026-03-29T02:30' },
    { id: 'nyc-webinar', name: 'Webinar from New York', timeZone: 'America/New_York', eventSchedule: [{ rrule: 'FREQ=WEEKLY;COUNT=6', startDate: '2026-03-02', startTime: '12:00', duration: 'PT1H' }] },
    { id: 'two-schedules', name: 'Homework help', eventSchedule: [
      { rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', startDate: '2026-03-02', startTime: '16:00', duration: 'PT1H' },
      { rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4', startDate: '2026-03-04', startTime: '16:30', duration: 'PT1H' },
    ] },
  ],
};

const window = { fromMs: Date.parse('2026-02-01T00:00:00Z'), toMs: Date.parse('2026-08-01T00:00:00Z') };

function occurrenceKeys(feed: LearningFeedDocument): string[] {
  const parsed = parseFeed(feed, { feedKey: FEED_ID });
  return occurrencesBetween(parsed.opportunities, window.fromMs, window.toMs).map((occurrence) => `${occurrence.start} ${occurrence.end} ${occurrence.status} ${occurrence.name?.en ?? ''}`).sort();
}

const parsed = parseFeed(document, { feedKey: FEED_ID });
const ics = exportIcs(parsed, { dtstamp: '2026-02-01T12:00:00Z' });

test('the feed document used here parses cleanly', () => {
  assert.deepEqual(parsed.problems.filter((problem) => problem.severity === 'error'), []);
});

test('export is valid RFC 5545 text: CRLF, folded at 75 octets, escaped, stable UIDs, DTSTAMP', () => {
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends in CRLF');
  for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `too long: ${line}`);
  const unfolded = ics.replace(/\r\n /g, '');
  assert.match(unfolded, /\r\nX-WR-CALNAME:Sale Learning\\, Café\\; and more\r\n/);
  assert.match(unfolded, /\r\nUID:https:\/\/learning\.example\.org\/feed\.json#code-club@learning-city-widgets\r\n/);
  assert.match(unfolded, /\r\nDTSTAMP:20260201T120000Z\r\n/);
  assert.match(unfolded, /\r\nDTSTART;TZID=Europe\/London:20260303T180000\r\n/);
  assert.match(unfolded, /\r\nLOCATION:Sale Library\\, Tatton Road\\, M33 7YH\r\nGEO:53.4239;-2.3214\r\n/);
  assert.match(unfolded, /\r\nORGANIZER;CN=Trafford Libraries:mailto:libraries@trafford\.gov\.uk\r\n/);
});

test('recurring items stay rules: one VEVENT per schedule plus one per occurrence change, with VTIMEZONEs', () => {
  const unfolded = ics.replace(/\r\n /g, '');
  assert.equal(unfolded.match(/BEGIN:VEVENT/g)?.length, 3 + 1 + 1 + 1 + 1 + 2);
  assert.match(unfolded, /RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T225959Z/);
  assert.match(unfolded, /EXDATE;VALUE=DATE:20260407\r\nEXDATE;TZID=Europe\/London:20260414T180000/);
  assert.match(unfolded, /RECURRENCE-ID;TZID=Europe\/London:20260317T180000\r\nDTSTART;TZID=Europe\/London:20260317T180000\r\nDTEND;TZID=Europe\/London:20260317T193000\r\nSTATUS:CANCELLED/);
  assert.match(unfolded, /RDATE;TZID=Europe\/London:20260328T103000/);
  assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:Europe\/London\r\n/);
  assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/);
  assert.match(unfolded, /DTSTART;VALUE=DATE:20260501\r\nDTEND;VALUE=DATE:20260504/);
});

test('round trip: parseFeed(importIcs(exportIcs(feed))) gives the same occurrences', () => {
  const { feed, problems } = importIcs(ics, { feedId: FEED_ID });
  assert.deepEqual(problems, []);
  assert.deepEqual(occurrenceKeys(feed), occurrenceKeys(document));
  // The second schedule's VEVENT (UID …/schedule-2@…) folds back into its opportunity.
  assert.deepEqual(feed.opportunities!.map((opportunity) => opportunity.id), ['code-club', 'rhyme-time', 'book-sale', 'talk', 'nyc-webinar', 'two-schedules']);
  assert.equal(feed.opportunities![5]!.eventSchedule!.length, 2);
});

test('ical.js, reading only our VTIMEZONEs, expands the export to the same instants as we do', () => {
  assert.deepEqual(icalJsInstants(ics, window), ourInstants(ics, window));
  assert.ok(ourInstants(ics, window).includes('2026-03-12T17:00:00.000Z'), 'the moved Code Club (17:00 GMT)');
  assert.ok(ourInstants(ics, window).includes('2026-03-31T17:00:00.000Z'), 'Code Club after the clocks change (18:00 BST)');
  assert.ok(ourInstants(ics, window).includes('2026-03-02T17:00:00.000Z'), 'the New York webinar at 12:00 EST');
});

test('exportOccurrenceIcs writes one event for one occurrence', () => {
  const codeClub = parsed.opportunities[0]!;
  const occurrence = occurrencesBetween([codeClub], Date.parse('2026-03-24'), Date.parse('2026-03-25'))[0]!;
  const single = exportOccurrenceIcs(codeClub, occurrence, { place: parsed.places[0], dtstamp: '2026-02-01T12:00:00Z' }).replace(/\r\n /g, '');
  assert.equal(single.match(/BEGIN:VEVENT/g)?.length, 1);
  assert.match(single, /DTSTART;TZID=Europe\/London:20260324T180000\r\nDTEND;TZID=Europe\/London:20260324T193000/);
  assert.ok(!single.slice(single.indexOf('BEGIN:VEVENT')).includes('RRULE'), 'the event itself does not repeat');
  assert.match(single, /BEGIN:VTIMEZONE\r\nTZID:Europe\/London/);
});
