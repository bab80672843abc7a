import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, learningFeed } from './run-cli.js';

describe('learning-feed occurrences', () => {
  it('lists a weekly session across the clocks going forward, with the local offset of each date', async () => {
    // Europe/London moves from GMT (+00:00) to BST (+01:00) on Sunday 29 March 2026.
    const run = await learningFeed(['occurrences', fixture('weekly-dst.json'), '--from', '2026-03-17', '--to', '2026-04-07']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      { id: 'code-club', start: '2026-03-17T18:00:00+00:00', end: '2026-03-17T19:30:00+00:00', timeZone: 'Europe/London' },
      { id: 'ny-webinar', start: '2026-03-24T09:00:00-04:00', end: '2026-03-24T10:00:00-04:00', timeZone: 'America/New_York' },
      { id: 'code-club', start: '2026-03-24T18:00:00+00:00', end: '2026-03-24T19:30:00+00:00', timeZone: 'Europe/London' },
      { id: 'book-fair', start: '2026-03-28', end: '2026-03-29', timeZone: 'Europe/London' },
      { id: 'code-club', start: '2026-03-31T18:00:00+01:00', end: '2026-03-31T19:30:00+01:00', timeZone: 'Europe/London' },
      { id: 'code-club', start: '2026-04-07T18:00:00+01:00', end: '2026-04-07T19:30:00+01:00', timeZone: 'Europe/London' },
    ]);
  });

  it('reads --from and --to as whole days in the feed\'s time zone', async () => {
    const run = await learningFeed(['occurrences', fixture('weekly-dst.json'), '--from', '2026-03-24', '--to', '2026-03-24']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).map((row: { id: string; start: string }) => `${row.id} ${row.start}`),
      ['ny-webinar 2026-03-24T09:00:00-04:00', 'code-club 2026-03-24T18:00:00+00:00'],
    );
  });

  it('prints an empty list when nothing happens in the window', async () => {
    const run = await learningFeed(['occurrences', fixture('weekly-dst.json'), '--from', '2027-01-01', '--to', '2027-01-31']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '[]\n');
  });

  it('rejects missing, malformed and reversed dates with exit 2', async () => {
    const missing = await learningFeed(['occurrences', fixture('weekly-dst.json'), '--from', '2026-03-01']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--to YYYY-MM-DD is required/);
    assert.match(missing.stderr, /Usage: learning-feed occurrences <feed>/);

    const impossible = await learningFeed(['occurrences', fixture('weekly-dst.json'), '--from', '2026-02-30', '--to', '2026-03-01']);
    assert.equal(impossible.code, 2);
    assert.match(impossible.stderr, /--from must be a date written YYYY-MM-DD, got "2026-02-30"/);

    const reversed = await learningFeed(['occurrences', fixture('weekly-dst.json'), '--from', '2026-03-10', '--to', '2026-03-01']);
    assert.equal(reversed.code, 2);
    assert.match(reversed.stderr, /--to 2026-03-01 is before --from 2026-03-10/);
  });

  it('leaves out invalid items, says so on stderr, and keeps stdout valid JSON', async () => {
    const run = await learningFeed(['occurrences', fixture('invalid.json'), '--from', '2026-05-01', '--to', '2026-05-31']);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout), [
      { id: 'ok', start: '2026-05-01T10:00:00+01:00', end: '2026-05-01T11:00:00+01:00', timeZone: 'Europe/London' },
    ]);
    assert.match(run.stderr, /invalid\.json: 2 errors, 0 warnings; invalid items were left out/);
  });

  it('exits 1 and prints nothing on stdout when the file is not a feed at all', async () => {
    const run = await learningFeed(['occurrences', fixture('not-json.json'), '--from', '2026-05-01', '--to', '2026-05-31']);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /not-json\.json:5:5 \(document\) error: The feed is not valid JSON/);
  });
});
