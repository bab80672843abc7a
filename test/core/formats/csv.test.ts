import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importCsv, type CsvMapping } from '../../../src/core/formats/csv.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';

const mobileDirectory = resolve(process.cwd(), '../shared/data/mobile-libraries');
const mobileMapping = JSON.parse(readFileSync(resolve(process.cwd(), 'demo/feeds/mappings/mobile-libraries.json'), 'utf8')) as CsvMapping;

test('Barnet mobile library: each stop is a weekly drop-in at a mapped place, run by one organization', () => {
  const { feed, problems } = importCsv(readFileSync(join(mobileDirectory, 'barnet.csv'), 'utf8'), mobileMapping, { feedId: 'https://example.org/mobile.json' });
  assert.deepEqual(problems, []);
  assert.equal(feed.opportunities!.length, 10);
  assert.deepEqual(feed.organizations!.map((organization) => [organization.id, organization.name, organization.places!.length]), [['barnet-mobile-library', 'Barnet mobile library', 10]]);
  const stop = feed.opportunities![0]!;
  assert.equal(stop.name, 'Mobile library: Lynford Gardens, Edgware');
  assert.deepEqual(stop.eventSchedule, [{ rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU', startDate: '2019-12-10', startTime: '17:30', endTime: '19:15' }]);
  const place = feed.places!.find((candidate) => candidate.id === stop.location)!;
  assert.deepEqual(place.geo, { latitude: 51.624858, longitude: -0.272667 }, 'geoy is the latitude, geox the longitude');
  const parsed = parseFeed(feed, {});
  assert.deepEqual(parsed.problems.filter((problem) => problem.severity === 'error'), []);
  const december = occurrencesBetween(parsed.opportunities.slice(0, 1), Date.parse('2019-12-01'), Date.parse('2020-01-01'));
  assert.deepEqual(december.map((occurrence) => occurrence.start), ['2019-12-10T17:30:00+00:00', '2019-12-17T17:30:00+00:00', '2019-12-24T17:30:00+00:00', '2019-12-31T17:30:00+00:00']);
});

test('all 5,482 mobile-library stops import, and the feed parses with no errors', () => {
  let stops = 0;
  const errors: string[] = [];
  for (const file of readdirSync(mobileDirectory).filter((name) => name.endsWith('.csv'))) {
    const { feed, problems } = importCsv(readFileSync(join(mobileDirectory, file), 'utf8'), mobileMapping, { source: file });
    stops += feed.opportunities!.length;
    errors.push(...problems.filter((problem) => problem.severity === 'error').map((problem) => `${file}:${problem.line} ${problem.message}`));
    errors.push(...parseFeed(feed, { source: file }).problems.filter((problem) => problem.severity === 'error').map((problem) => `${file} ${problem.pointer} ${problem.message}`));
  }
  assert.equal(stops, 5482);
  assert.deepEqual(errors, []);
});

test('a start date off the rule is moved to the first day the rule allows, with a row warning', () => {
  const { feed, problems } = importCsv(readFileSync(join(mobileDirectory, 'york.csv'), 'utf8'), mobileMapping, { source: 'york.csv' });
  const row25 = problems.find((problem) => problem.line === 26)!;
  assert.equal(row25.severity, 'warning');
  assert.match(row25.message, /^Row 25: startDate 2019-09-25 is not one of the rule's days \(FREQ=WEEKLY;INTERVAL=2;BYDAY=TH\); the series starts on 2019-09-26$/);
  assert.equal(feed.opportunities![24]!.eventSchedule![0]!.startDate, '2019-09-26');
});

test('templates, filters, constants, date formats and lists; bad cells are reported by row, line and column', () => {
  const csv = 'Title;Day;When;Start;Lat;Lon;Tags;Free\n"Code club; beginners";Tuesday;03/02/2026;6pm;53.42;-2.32;Coding, Digital Skills;yes\n\nRhyme time;Friday;31/02/2026;10:30;north;-2.3;;maybe\n;Monday;01/03/2026;;;;;\n';
  const mapping: CsvMapping = {
    feed: { name: 'Test', timeZone: 'Europe/London' },
    place: { name: '{Title} venue', latitude: { column: 'Lat' }, longitude: { column: 'Lon' } },
    opportunity: {
      id: '{Title|slug}', name: '{Title}', startDate: { column: 'When', format: 'DD/MM/YYYY' }, startTime: { column: 'Start' },
      repeatFrequency: { value: 'P1W' }, byDay: '{Day|weekday}', topics: { column: 'Tags', split: ',' }, isAccessibleForFree: { column: 'Free' },
    },
  };
  const { feed, problems } = importCsv(csv, mapping, { source: 'clubs.csv' });
  assert.deepEqual(feed.opportunities!.map((opportunity) => opportunity.id), ['code-club-beginners', 'rhyme-time']);
  const first = feed.opportunities![0]!;
  assert.deepEqual(first.eventSchedule, [{ repeatFrequency: 'P1W', byDay: ['TU'], startDate: '2026-02-03', startTime: '18:00' }]);
  assert.deepEqual(first.topics, ['coding', 'digital-skills']);
  assert.equal(first.isAccessibleForFree, true);
  assert.deepEqual(problems.map((problem) => [problem.severity, problem.line, problem.column, problem.pointer]), [
    ['error', 4, 5, '/1/Lat'],
    ['warning', 4, undefined, '/1'],
    ['error', 4, 8, '/1/Free'],
    ['error', 4, 3, '/1/When'],
    ['error', 4, undefined, '/1'],
    ['error', 5, undefined, '/2'],
  ]);
  assert.match(problems[0]!.message, /^Row 2, column "Lat": latitude "north" is not a number; it was left out$/);
  assert.match(problems[5]!.message, /^Row 3: no name, so the row was skipped$/);
});

test('a mapping naming a column the file lacks is reported once, with the columns it has', () => {
  const { problems } = importCsv('name,date\nA,2026-01-01\n', { opportunity: { name: '{title}', startDate: { column: 'date' } } });
  assert.equal(problems[0]!.message, 'The mapping\'s opportunity.name: the file has no column "title"');
  assert.equal(problems[0]!.hint, "The file's columns are: name, date.");
});

test('a template keeps the text between two placeholders only between two cells with a value', () => {
  const csv = 'stop,community,route\nInveraldie Hall,,Van 2\n,Rosedale,Van 1\nKiosk,Rosedale,Van 1\n,,Van 3\n';
  const mapping: CsvMapping = {
    feed: { name: 'Test', timeZone: 'Europe/London' },
    opportunity: { id: '{route|slug}-{community|slug}-{stop|slug}', name: 'Mobile library: {stop}, {community}', startDate: { value: '2026-01-05' } },
  };
  const { feed, problems } = importCsv(csv, mapping, { source: 'stops.csv' });
  const opportunities = (feed as { opportunities: Array<{ id: string; name?: string }> }).opportunities;
  assert.deepEqual(opportunities.map((item) => item.name), ['Mobile library: Inveraldie Hall', 'Mobile library: Rosedale', 'Mobile library: Kiosk, Rosedale']);
  assert.deepEqual(opportunities.map((item) => item.id.split('/').pop()), ['van-2-inveraldie-hall', 'van-1-rosedale', 'van-1-rosedale-kiosk']);
  // Every cell empty: no name at all (not "Mobile library: ,"), so the row is reported, not imported.
  assert.deepEqual(problems.map((problem) => [problem.severity, problem.line]), [['error', 5]]);
});
