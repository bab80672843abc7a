import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importOpenActive } from '../../../src/core/formats/openactive.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';
import type { ImportResult } from '../../../src/core/formats/document.js';

const directory = resolve(process.cwd(), '../shared/conformance/openactive');
const load = (name: string): ImportResult => importOpenActive(JSON.parse(readFileSync(join(directory, name), 'utf8')), { source: name, feedId: `https://example.org/${name}` });

function startsOf(result: ImportResult, from: string, to: string): string[] {
  const parsed = parseFeed(result.feed, {});
  return occurrencesBetween(parsed.opportunities, Date.parse(from), Date.parse(to)).map((occurrence) => new Date(occurrence.startMs).toISOString());
}

/** What each shared example must give: opportunities (id, type, name) and problems by severity. */
const expectations: Record<string, { opportunities: Array<[string, string, string]>; places: number; errors: number; warnings: number }> = {
  'courseinstance_event_example_1.json': { opportunities: [['76121', 'course', 'Netball Youth Camp']], places: 1, errors: 0, warnings: 0 },
  'courseinstance_example_1.json': { opportunities: [['76121', 'course', 'Netball Youth Camp']], places: 1, errors: 0, warnings: 0 },
  'event_eventseries_example_1.json': { opportunities: [['151175', 'event', "Alan's social ride group Gorhambury House loop"]], places: 1, errors: 0, warnings: 0 },
  'event_example_1.json': { opportunities: [['151175', 'event', "Alan's social ride group Gorhambury House loop"]], places: 1, errors: 0, warnings: 0 },
  'example_list.json': { opportunities: [], places: 0, errors: 1, warnings: 0 },
  'facilityuse_example_1.json': { opportunities: [], places: 1, errors: 0, warnings: 1 },
  'ondemandevent_example_1.json': { opportunities: [['151175', 'event', "Alan's indoor cycling exercises"]], places: 0, errors: 0, warnings: 0 },
  'part-one-finished.json': { opportunities: [['blade-and-tone', 'event', 'Blade and tone']], places: 1, errors: 0, warnings: 0 },
  'part-two-finished.json': { opportunities: [['blade-and-tone', 'event', 'Blade and tone']], places: 1, errors: 0, warnings: 0 },
  'place_example_1.json': { opportunities: [], places: 1, errors: 0, warnings: 0 },
  'scheduledsession-split-virtual_example_1.json': { opportunities: [['C5EE1E55-2DE6-44F7-A865-42F268A82C63', 'event', 'Session C5EE1E55-2DE6-44F7-A865-42F268A82C63']], places: 0, errors: 0, warnings: 1 },
  'scheduledsession-split_example_1.json': { opportunities: [['C5EE1E55-2DE6-44F7-A865-42F268A82C63', 'event', 'Session C5EE1E55-2DE6-44F7-A865-42F268A82C63']], places: 0, errors: 0, warnings: 1 },
  'scheduledsession_example_1.json': { opportunities: [['C5EE1E55-2DE6-44F7-A865-42F268A82C63', 'event', 'Hot Yoga']], places: 1, errors: 0, warnings: 0 },
  'sessionseries-eventseries-split_example_1.json': { opportunities: [['1402CBP20150217', 'sessionSeries', 'Virtual BODYPUMP']], places: 1, errors: 0, warnings: 0 },
  'sessionseries-split-virtual_example_1.json': { opportunities: [['1402CBP20150217', 'sessionSeries', 'Virtual BODYPUMP']], places: 0, errors: 0, warnings: 0 },
  'sessionseries-split_example_1.json': { opportunities: [['1402CBP20150217', 'sessionSeries', 'Virtual BODYPUMP']], places: 1, errors: 0, warnings: 0 },
  'sessionseries_example_1.json': { opportunities: [['1402CBP20150217', 'sessionSeries', 'Virtual BODYPUMP']], places: 1, errors: 0, warnings: 0 },
  'slot_example_1.json': { opportunities: [], places: 0, errors: 0, warnings: 1 },
};

test('every shared OpenActive example imports as expected and the result parses without errors', () => {
  const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
  assert.deepEqual(files, Object.keys(expectations).sort());
  for (const file of files) {
    const result = load(file);
    const expected = expectations[file]!;
    assert.deepEqual(result.feed.opportunities!.map((opportunity) => [opportunity.id, opportunity.type, opportunity.name]), expected.opportunities, file);
    assert.equal(result.feed.places?.length ?? 0, expected.places, `${file} places`);
    assert.equal(result.problems.filter((problem) => problem.severity === 'error').length, expected.errors, `${file} errors`);
    assert.equal(result.problems.filter((problem) => problem.severity === 'warning').length, expected.warnings, `${file} warnings`);
    const parsed = parseFeed(result.feed, { source: file });
    assert.deepEqual(parsed.problems.filter((problem) => problem.severity === 'error'), [], file);
  }
});

test('sessionseries_example_1.json: its two listed sessions are the occurrences, 2018-10-02 and 2018-10-09 at 19:15Z', () => {
  const result = load('sessionseries_example_1.json');
  assert.deepEqual(startsOf(result, '2018-09-01', '2019-01-01'), ['2018-10-02T19:15:00.000Z', '2018-10-09T19:15:00.000Z']);
  const series = result.feed.opportunities![0]!;
  assert.deepEqual(series.eventSchedule, [{ rdate: ['2018-10-02T20:15', '2018-10-09T20:15'], duration: 'PT30M' }]);
  assert.deepEqual(series.topics, ['bodypump']);
  assert.deepEqual(series.accessibilitySupport, ['visual-impairment']);
  assert.deepEqual(series.ageRange, { minValue: 16 });
  assert.equal(series.level, 'beginner');
  assert.equal(series.isAccessibleForFree, false);
  assert.deepEqual(series.offers![0], { name: 'Oxygen - Adult', price: 3.3, priceCurrency: 'GBP', url: 'https://profile.everyoneactive.com/booking?Site=0140&Activities=1402CBP20150217&Culture=en-GB' });
  const place = result.feed.places![0]!;
  assert.deepEqual(place.geo, { latitude: 54.543964, longitude: -1.20978500000001 });
  assert.equal(place.address?.postalCode, 'TS4 3AE');
  assert.equal(result.feed.organizations![0]!.name, 'Everyone Active');
  assert.equal(series.organizer, result.feed.organizations![0]!.id);
});

test('a CourseInstance schedule (P1D, repeatCount 3, 09:00-17:00 Europe/London) gives three days', () => {
  assert.deepEqual(startsOf(load('courseinstance_example_1.json'), '2018-07-01', '2018-09-01'), ['2018-08-01T08:00:00.000Z', '2018-08-02T08:00:00.000Z', '2018-08-03T08:00:00.000Z']);
});

test('an Event with an offset keeps its instant as a London wall time; an OnDemandEvent is online', () => {
  const event = load('event_example_1.json').feed.opportunities![0]!;
  assert.deepEqual([event.startDate, event.endDate], ['2019-08-25T10:00', '2019-08-25T12:40']);
  assert.equal(load('ondemandevent_example_1.json').feed.opportunities![0]!.eventAttendanceMode, 'online');
});

test('a Place item keeps its accessible amenities in our vocabulary', () => {
  const place = load('place_example_1.json').feed.places![0]!;
  assert.equal(place.name, 'Belle Vue Sports Village');
  assert.deepEqual(place.accessibilitySupport, ['wheelchair-access', 'accessible-toilet', 'accessible-parking', 'step-free-access']);
});

test('RPDE deletions are listed; split sessions join their series; the input is not modified', () => {
  const series = JSON.parse(readFileSync(join(directory, 'sessionseries-split_example_1.json'), 'utf8')).items[0];
  const session = JSON.parse(readFileSync(join(directory, 'scheduledsession-split_example_1.json'), 'utf8')).items[0];
  session.data.superEvent = series.data['@id'];
  const page = { items: [series, session, { state: 'deleted', kind: 'SessionSeries', id: 'gone-1', modified: 3 }] };
  const before = JSON.stringify(page);
  const { feed, problems } = importOpenActive(page);
  assert.equal(JSON.stringify(page), before);
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.deleted, ['gone-1']);
  assert.equal(feed.opportunities!.length, 1);
  assert.deepEqual(feed.opportunities![0]!.eventSchedule![0]!.rdate, ['2016-05-09T19:15']);
});

test('bad input gives one clear problem and never throws', () => {
  for (const input of [null, 42, 'not json', [], { items: [null, { state: 'updated', id: 'x' }] }]) {
    const { feed, problems } = importOpenActive(input);
    assert.deepEqual(feed.opportunities, []);
    assert.ok(problems.length >= 1, JSON.stringify(input));
    assert.ok(problems.every((problem) => typeof problem.message === 'string' && typeof problem.pointer === 'string'));
  }
});
