/**
 * The importers under generated and damaged input: importIcs and importCsv never throw — not on
 * arbitrary text, not on real calendars and real mobile-library CSVs with bytes and lines mangled —
 * and what they produce still parses. exportIcs → importIcs keeps every occurrence of generated feeds.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { exportIcs } from '../../src/core/formats/ics/export.js';
import { importIcs } from '../../src/core/formats/ics/import.js';
import { importCsv, type CsvMapping } from '../../src/core/formats/csv.js';
import { importOpenActive } from '../../src/core/formats/openactive.js';
import type { ImportResult } from '../../src/core/formats/document.js';
import { parseFeed } from '../../src/core/parse/index.js';
import { occurrencesBetween } from '../../src/core/time/index.js';
import { mutatedJson, mutatedText } from './mutations.js';
import { PropertyLog } from './property-log.js';
import { anyValue } from './feed-arbitraries.js';
import { feedAndWindow } from './schedule-arbitraries.js';

const log = new PropertyLog('importer properties');
after(() => console.log(log.summary()));

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return name.endsWith(extension) ? [path] : [];
  });
}

const icsFiles = filesUnder(resolve(process.cwd(), '../shared/conformance/ics'), '.ics').map((path) => readFileSync(path, 'utf8'));
const csvFiles = filesUnder(resolve(process.cwd(), '../shared/data/mobile-libraries'), '.csv').map((path) => readFileSync(path, 'utf8'));
const openActiveFiles = filesUnder(resolve(process.cwd(), '../shared/conformance/openactive'), '.json').map((path) => JSON.parse(readFileSync(path, 'utf8')) as unknown);
const mobileMapping = JSON.parse(readFileSync(resolve(process.cwd(), 'demo/feeds/mappings/mobile-libraries.json'), 'utf8')) as CsvMapping;

const ICS_LINES = [
  'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'RRULE:FREQ=SECONDLY;COUNT=100000',
  'RRULE:FREQ=YEARLY;BYYEARDAY=366;BYWEEKNO=53', 'RRULE:FREQ=MONTHLY;BYDAY=5FR;BYSETPOS=-1', 'DTSTART;TZID=Mars/Phobos:20260101T000000',
  'DTSTART:99999999T999999', 'DTEND;VALUE=DATE:20260101', 'EXDATE:', 'RECURRENCE-ID:20260101T000000Z', 'UID:', 'DURATION:-P1W',
  'TZOFFSETFROM:+9999', 'RDATE;VALUE=PERIOD:20260101T000000Z/PT1H', ' folded continuation', 'SUMMARY;LANGUAGE=:x', ':', ';;;',
];
const CSV_LINES = ['', ',,,,,,,,', '"unclosed', 'Angus,Van 1,,,,,,,,Funday,Public,25:00,09:00,FREQ=WEEKLY;INTERVAL=0,2019-02-30,,,'];

/** The problems an importer hands back are well-formed; the feed it made parses and expands without throwing. */
function assertUsable(result: ImportResult): void {
  for (const problem of result.problems) {
    assert.ok(problem.severity === 'error' || problem.severity === 'warning');
    assert.equal(typeof problem.message, 'string');
    assert.ok(problem.message.length > 0);
  }
  const parsed = parseFeed(JSON.parse(JSON.stringify(result.feed)) as unknown);
  occurrencesBetween(parsed.opportunities, Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1));
}

describe('importers, generated and damaged input', () => {
  it('importIcs never throws on arbitrary text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom(...ICS_LINES), { maxLength: 30 }).map((lines) => lines.join('\r\n')));
    log.assert('importIcs(arbitrary text)', fc.property(text, (input) => assertUsable(importIcs(input, { source: 'fuzz.ics' }))), 400);
  });

  it('importIcs never throws on real calendars with bytes and lines mangled', () => {
    const damaged = fc.constantFrom(...icsFiles).chain((file) => mutatedText(file, ICS_LINES));
    log.assert(`importIcs(${icsFiles.length} real calendars, mutated)`, fc.property(damaged, (input) => assertUsable(importIcs(input))), 400);
  });

  it('importCsv never throws on arbitrary text', () => {
    log.assert('importCsv(arbitrary text)', fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => assertUsable(importCsv(input, mobileMapping))), 400);
  });

  it('importCsv never throws on the mobile-library CSVs with bytes and lines mangled', () => {
    const damaged = fc.constantFrom(...csvFiles).chain((file) => mutatedText(file.slice(0, 6000), CSV_LINES));
    log.assert(`importCsv(${csvFiles.length} real CSVs, mutated)`, fc.property(damaged, (input) => assertUsable(importCsv(input, mobileMapping, { source: 'fuzz.csv' }))), 300);
  });

  it('importOpenActive never throws on real examples with values swapped for anything, or on their text mangled', () => {
    const damaged = fc.constantFrom(...openActiveFiles).chain((example) => fc.oneof(
      mutatedJson(example, anyValue),
      mutatedText(JSON.stringify(example, null, 1), ['{', '}', '"@type": "ScheduledSession",', '"startDate": "2026-02-30T25:00",']),
    ));
    log.assert(`importOpenActive(${openActiveFiles.length} real examples, mutated)`, fc.property(damaged, (input) => assertUsable(importOpenActive(input))), 400);
  });

  it('exportIcs → importIcs keeps every occurrence of generated recurring feeds', () => {
    const occurrenceList = (document: unknown, fromMs: number, toMs: number) =>
      occurrencesBetween(parseFeed(document).opportunities, fromMs, toMs)
        .map((occurrence) => `${occurrence.start} ${occurrence.end} ${occurrence.status}`)
        .sort();
    log.assert('occurrences(importIcs(exportIcs(feed))) = occurrences(feed)', fc.property(feedAndWindow, ({ feed, window: { fromMs, toMs } }) => {
      const ics = exportIcs(parseFeed(feed), { dtstamp: '2026-01-01T00:00:00Z' });
      const { feed: imported, problems } = importIcs(ics, { feedId: feed.id });
      const context = `${JSON.stringify(feed)} in ${new Date(fromMs).toISOString()} – ${new Date(toMs).toISOString()}`;
      assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), [], context);
      assert.deepEqual(occurrenceList(imported, fromMs, toMs), occurrenceList(feed, fromMs, toMs), context);
    }), 250);
  });
});

describe('exportIcs → importIcs, counterexamples the properties found (kept as regressions)', () => {
  const roundTrip = (document: Record<string, unknown>, fromMs: number, toMs: number) => {
    const ics = exportIcs(parseFeed(document), { dtstamp: '2026-01-01T00:00:00Z' });
    const imported = importIcs(ics, { feedId: document.id as string }).feed;
    const list = (feed: unknown) => occurrencesBetween(parseFeed(feed).opportunities, fromMs, toMs).map((occurrence) => `${occurrence.start} ${occurrence.timeZone}`);
    return { ics, imported, before: list(document), after: list(imported) };
  };

  it('an all-day series keeps its own zone (not the calendar\'s) when it is not the feed\'s zone', () => {
    const document = {
      version: '1.0', id: 'f', timeZone: 'Europe/London',
      opportunities: [{ id: 'fair', name: 'Book fair', timeZone: 'Australia/Lord_Howe', eventSchedule: [{ repeatFrequency: 'P1D', startDate: '2024-01-01' }] }],
    };
    // 2024-08-21 begins at 13:30 UTC on Lord Howe Island: just inside this window, hours before London's midnight.
    const { ics, before, after } = roundTrip(document, Date.parse('2024-08-20T13:30:00Z'), Date.parse('2024-08-20T13:30:00.001Z'));
    assert.match(ics, /\r\nX-LEARNING-FEED-TIMEZONE:Australia\/Lord_Howe\r\n/);
    assert.deepEqual(before, ['2024-08-21 Australia/Lord_Howe']);
    assert.deepEqual(after, before);
  });

  it('two schedules of one opportunity come back as one opportunity, so a shared day is listed once', () => {
    const document = {
      version: '1.0', id: 'mailto:team@example.org', timeZone: 'America/St_Johns',
      opportunities: [{ id: 'club', name: 'Club', eventSchedule: [
        { repeatFrequency: 'P1D', startDate: '2024-01-01', repeatCount: 3 },
        { rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2', startDate: '2024-01-01' },
        { rrule: 'FREQ=DAILY;COUNT=1', startDate: '2024-01-02', startTime: '09:00', duration: 'PT1H', scheduleTimezone: 'Asia/Kathmandu' },
      ] }],
    };
    const { ics, imported, before, after } = roundTrip(document, Date.parse('2023-12-30T00:00:00Z'), Date.parse('2024-01-10T00:00:00Z'));
    assert.match(ics, /\r\nUID:mailto:team@example\.org#club\/schedule-2@learning-city-widgets\r\n/, 'the marker goes before the suffix, not at the first "@"');
    assert.deepEqual(imported.opportunities!.map((opportunity) => [opportunity.id, opportunity.eventSchedule!.length]), [['club', 3]]);
    assert.equal(imported.opportunities![0]!.eventSchedule![2]!.scheduleTimezone, 'Asia/Kathmandu', 'the zone as written, not ICU\'s retired Asia/Katmandu');
    assert.deepEqual(after, before);
    assert.equal(before.filter((entry) => entry.startsWith('2024-01-01')).length, 1);
  });
});
