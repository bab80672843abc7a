/**
 * Differential test: for every .ics under ../shared/conformance/ics, our occurrences (importIcs →
 * parseFeed → occurrencesBetween) against ical.js's, over two years from the file's first DTSTART,
 * compared as sets (timed occurrences as UTC instants, all-day ones as dates).
 *
 * Every file where the two disagree is listed below with the reason, and the list is asserted
 * exactly: a new disagreement fails, and so does a listed one that starts agreeing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { icalJsInstants, ourInstants, windowFor } from './ics-differential-harness.js';

const root = resolve(process.cwd(), '../shared/conformance/ics');

const knownDisagreements: Record<string, string> = {
  'icaljs/multiple_rrules.ics':
    'ical.js bug: with two RRULEs it ends the whole set when the first rule runs out, losing Sunday 2012-07-29 11:00 PDT of the second rule (before its UNTIL 2012-07-30T06:59:59Z)',
  'real-calendars/multiple_rrule.ics':
    'ical.js bug: same as multiple_rrules.ics; it stops after the monthly COUNT=2 rule ends (12 instances) while the weekly COUNT=20 rule goes on',
  'real-calendars/Germany_Holidays.ics':
    'file invalid by RFC 5545: DTSTART:20190101 is a DATE without VALUE=DATE; ical.js refuses to read it, we read it as an all-day date',
  'real-calendars/duration.ics': 'file invalid by RFC 5545: DTSTART:20180110 is a DATE without VALUE=DATE (as above)',
  'real-calendars/issue_36_recurrence_ID_format.ics':
    'file invalid by RFC 5545: RECURRENCE-ID:20200914 is a DATE without VALUE=DATE; ical.js throws, we read it as the date it names',
  'real-calendars/fablab_cottbus.ics':
    'the VTIMEZONE for Europe/Berlin only covers 2018-10 to 2020-03 and the events are from 2016-2017: ical.js reads times before its first onset at UTC+0, we use the tz database Europe/Berlin (which the block agrees with where it is defined)',
  'real-calendars/issue_107_omitting_last_event.ics':
    'the VTIMEZONE is named "Pacific Standard Time:" (stray colon) while DTSTART says TZID=Pacific Standard Time: ical.js finds no zone and reads 10:00 as floating UTC; we map the Windows name to America/Los_Angeles (10:00 PST = 18:00Z)',
  'real-calendars/issue_113_period_in_rdate.ics': 'ical.js bug: RDATE;VALUE=PERIOD throws "occurrence.convertToZone is not a function"',
  'real-calendars/issue_113_period_rdate_duration.ics': 'ical.js bug: RDATE;VALUE=PERIOD with a duration throws the same error',
  'real-calendars/issue_128_only_first_event.ics':
    'invalid RRULE (COUNT=-1 beside UNTIL): ical.js yields no instance at all, not even DTSTART; we drop the invalid COUNT with a warning and keep the UNTIL',
  'real-calendars/issue_75_range_parameter.ics':
    'our limitation: RECURRENCE-ID;RANGE=THISANDFUTURE is applied to that one occurrence only (with a warning); ical.js shifts every later occurrence too',
  'real-calendars/issue_86_x_wr_timezone_without_time_zone_in_dt.ics':
    'by design: floating times in a calendar with X-WR-TIMEZONE are read in that zone (as Google Calendar does); ical.js ignores X-WR-TIMEZONE and reads them as UTC',
  'real-calendars/rdate.ics':
    'ical.js bug: an RDATE that an EXDATE also names (20150705T190000Z) stays in its set; RFC 5545 §3.8.5.1 excludes EXDATEs from RDATEs too',
  'real-calendars/rdate2.ics': 'ical.js bug: same RDATE + EXDATE case as rdate.ics',
};

function icsFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return icsFiles(path);
    return name.endsWith('.ics') ? [path] : [];
  });
}

function compare(text: string): { agree: boolean; detail: string } {
  let window;
  try {
    window = windowFor(text);
  } catch (error) {
    return { agree: false, detail: `ical.js cannot read the file: ${(error as Error).message}` };
  }
  if (!window) return { agree: ourInstants(text, { fromMs: 0, toMs: 1 }).length === 0, detail: 'no DTSTART anywhere' };
  let theirs: string[];
  try {
    theirs = icalJsInstants(text, window);
  } catch (error) {
    return { agree: false, detail: `ical.js throws: ${(error as Error).message}` };
  }
  const ours = ourInstants(text, window);
  const agree = JSON.stringify(theirs) === JSON.stringify(ours);
  const onlyTheirs = theirs.filter((key) => !ours.includes(key)).slice(0, 3);
  const onlyOurs = ours.filter((key) => !theirs.includes(key)).slice(0, 3);
  return { agree, detail: `ical.js ${theirs.length}, ours ${ours.length}; only ical.js: ${onlyTheirs.join(' ')}; only ours: ${onlyOurs.join(' ')}` };
}

test('every conformance .ics gives the same occurrences as ical.js, except the listed ones', () => {
  const files = icsFiles(root).sort();
  assert.ok(files.length >= 100, `expected the shared conformance calendars at ${root}, found ${files.length} files`);
  const disagreements: Record<string, string> = {};
  for (const file of files) {
    const outcome = compare(readFileSync(file, 'utf8'));
    if (!outcome.agree) disagreements[relative(root, file)] = outcome.detail;
  }
  const unexpected = Object.keys(disagreements).filter((name) => !(name in knownDisagreements));
  const nowAgreeing = Object.keys(knownDisagreements).filter((name) => !(name in disagreements));
  assert.deepEqual(
    { unexpected: unexpected.map((name) => `${name}: ${disagreements[name]}`), nowAgreeing },
    { unexpected: [], nowAgreeing: [] },
  );
});

test('ical.js reference values hold for rdate_exdate.ics: a date-only EXDATE removes the timed occurrence', () => {
  const text = readFileSync(join(root, 'icaljs/rdate_exdate.ics'), 'utf8');
  const window = { fromMs: Date.parse('2024-06-01T00:00:00Z'), toMs: Date.parse('2024-07-01T00:00:00Z') };
  const expected = ['2024-06-09T03:00:00.000Z', '2024-06-10T03:00:00.000Z', '2024-06-12T03:00:00.000Z'];
  assert.deepEqual(ourInstants(text, window), expected);
  assert.deepEqual(icalJsInstants(text, window), expected);
});
