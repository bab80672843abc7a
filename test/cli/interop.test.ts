import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, learningFeed } from './run-cli.js';

const shared = '../shared/conformance';

function tempPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'learning-feed-cli-')), name);
}

describe('learning-feed convert', () => {
  it('converts an iCalendar file into a feed whose occurrences match the calendar', async () => {
    const feedPath = tempPath('rdate-exdate.json');
    const convert = await learningFeed(['convert', `${shared}/ics/icaljs/rdate_exdate.ics`, '--from', 'ics', '-o', feedPath]);
    assert.equal(convert.code, 0, convert.stderr);
    const occurrences = await learningFeed(['occurrences', feedPath, '--from', '2024-06-01', '--to', '2024-06-30']);
    assert.equal(occurrences.code, 0, occurrences.stderr);
    // ical.js's reference: the date-only EXDATE removes the timed 11 June occurrence, and COUNT counts it.
    const instants = JSON.parse(occurrences.stdout).map((row: { start: string }) => new Date(row.start).toISOString());
    assert.deepEqual(instants, ['2024-06-09T03:00:00.000Z', '2024-06-10T03:00:00.000Z', '2024-06-12T03:00:00.000Z']);
  });

  it('converts an OpenActive session series, keeping its Europe/London wall-clock times', async () => {
    const feedPath = tempPath('openactive.json');
    const convert = await learningFeed(['convert', `${shared}/openactive/sessionseries_example_1.json`, '--from', 'openactive', '-o', feedPath]);
    assert.equal(convert.code, 0, convert.stderr);
    const occurrences = await learningFeed(['occurrences', feedPath, '--from', '2018-10-01', '--to', '2018-10-10']);
    const instants = JSON.parse(occurrences.stdout).map((row: { start: string }) => new Date(row.start).toISOString());
    assert.deepEqual(instants, ['2018-10-02T19:15:00.000Z', '2018-10-09T19:15:00.000Z']);
  });

  it('converts a spreadsheet with a mapping, and the result validates', async () => {
    const feedPath = tempPath('stops.json');
    const convert = await learningFeed([
      'convert', '../shared/data/mobile-libraries/angus.csv', '--from', 'csv',
      '--mapping', 'demo/feeds/mappings/mobile-libraries.json', '-o', feedPath,
    ]);
    assert.equal(convert.code, 0, convert.stderr);
    const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
    assert.ok(feed.opportunities.length > 10, 'every Angus stop becomes an opportunity');
    const validate = await learningFeed(['validate', feedPath]);
    assert.equal(validate.code, 0, validate.stdout);
  });

  it('explains a missing --from or --mapping with exit code 2', async () => {
    const noFormat = await learningFeed(['convert', fixture('valid.json')]);
    assert.equal(noFormat.code, 2);
    assert.match(noFormat.stderr, /--from ics, --from openactive or --from csv/);
    const noMapping = await learningFeed(['convert', '../shared/data/mobile-libraries/angus.csv', '--from', 'csv']);
    assert.equal(noMapping.code, 2);
    assert.match(noMapping.stderr, /--mapping/);
  });
});

describe('learning-feed ics', () => {
  it('exports a feed as RFC 5545 text with CRLF lines and one VEVENT per recurring series', async () => {
    const run = await learningFeed(['ics', fixture('weekly-dst.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^BEGIN:VCALENDAR\r\n/);
    assert.match(run.stdout, /END:VCALENDAR\r\n$/);
    assert.ok(run.stdout.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines are folded at 75 octets');
    assert.match(run.stdout, /RRULE:FREQ=WEEKLY/);
  });

  it('round-trips: the exported calendar converts back to the same occurrences', async () => {
    const icsPath = tempPath('export.ics');
    const backPath = tempPath('back.json');
    assert.equal((await learningFeed(['ics', fixture('weekly-dst.json'), '-o', icsPath])).code, 0);
    assert.equal((await learningFeed(['convert', icsPath, '--from', 'ics', '-o', backPath])).code, 0);
    const window = ['--from', '2026-03-17', '--to', '2026-04-07'];
    const before = JSON.parse((await learningFeed(['occurrences', fixture('weekly-dst.json'), ...window])).stdout);
    const after = JSON.parse((await learningFeed(['occurrences', backPath, ...window])).stdout);
    const instants = (rows: Array<{ start: string; end: string }>) => rows.map((row) => [Date.parse(row.start), Date.parse(row.end)]);
    assert.deepEqual(instants(after), instants(before));
  });
});

describe('learning-feed badge', () => {
  it('draws a designated organization as an accessible SVG naming it', async () => {
    const run = await learningFeed(['badge', 'test/fixtures/lighthouse/registry.json', '--organization', 'jinjeop-library']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^<svg [^>]*role="img"/);
    assert.match(run.stdout, /<title id="[^"]+">Learning Lighthouse · [^<]+ · since 2023<\/title>/);
  });

  it('writes a neutral badge and exits 1 for a listed but not designated organization', async () => {
    const svgPath = tempPath('candidate.svg');
    const run = await learningFeed(['badge', 'test/fixtures/lighthouse/registry.json', '--organization', 'hwado-centre', '-o', svgPath]);
    assert.equal(run.code, 1);
    const svg = readFileSync(svgPath, 'utf8');
    assert.doesNotMatch(svg, /<title[^>]*>Learning Lighthouse/);
    assert.match(run.stderr, /not a designated learning lighthouse/);
  });

  it('refuses an organization the registry does not list, with exit code 2', async () => {
    const run = await learningFeed(['badge', 'test/fixtures/lighthouse/registry.json', '--organization', 'nobody']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no organization with id "nobody"/);
  });

  it('escapes hostile organization names inside the SVG', async () => {
    const feedPath = tempPath('hostile.json');
    writeFileSync(feedPath, JSON.stringify({
      version: '1.0', id: 'https://example.org/f.json', timeZone: 'Europe/London',
      organizations: [{ id: 'x', name: '<script>alert(1)</script>&', lighthouse: { status: 'designated', since: '2024' } }],
      opportunities: [],
    }));
    const run = await learningFeed(['badge', feedPath, '--organization', 'x']);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /<script>/);
    assert.match(run.stdout, /&lt;script&gt;/);
  });
});
