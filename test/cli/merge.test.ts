import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, learningFeed } from './run-cli.js';

describe('learning-feed merge', () => {
  it('namespaces colliding ids so both partners\' items survive, with references intact', async () => {
    const run = await learningFeed(['merge', fixture('partner-a.json'), fixture('partner-b.json')]);
    assert.equal(run.code, 0, run.stderr);
    const merged = JSON.parse(run.stdout);
    assert.equal(merged.version, '1.0');
    assert.match(merged.id, /^urn:learning-feed:merge:[0-9a-f]{16}$/, 'a stable id derived from the inputs');
    assert.deepEqual(
      merged.opportunities.map((item: { id: string; location: string }) => [item.id, item.location]),
      [
        ['https://a.example.org/feed.json#1', 'https://a.example.org/feed.json#1'],
        ['https://b.example.org/feed.json#1', 'https://b.example.org/feed.json#1'],
      ],
    );
    assert.deepEqual(merged.places.map((place: { id: string; name: unknown }) => [place.id, place.name]), [
      ['https://a.example.org/feed.json#1', 'Hall A'],
      ['https://b.example.org/feed.json#1', { fr: 'Salle B' }],
    ]);
    // Each partner keeps its own zone: the merged feed's default is the first one's.
    assert.equal(merged.timeZone, 'Europe/London');
    assert.equal(merged.opportunities[1].timeZone, 'Europe/Paris');
    assert.equal(merged.license, 'CC-BY-4.0');
    assert.deepEqual(merged.sources.map((source: { url: string }) => source.url), ['https://a.example.org/feed.json', 'https://b.example.org/feed.json']);
  });

  it('writes a feed that validates and expands to the same occurrences as its parts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'learning-feed-merge-'));
    try {
      const out = join(folder, 'merged.json');
      const merge = await learningFeed(['merge', fixture('partner-a.json'), fixture('partner-b.json'), '-o', out]);
      assert.equal(merge.code, 0, merge.stderr);
      assert.equal(merge.stdout, '');
      assert.ok(readFileSync(out, 'utf8').endsWith('}\n'));

      const validate = await learningFeed(['validate', '--strict', out]);
      assert.equal(validate.code, 0, validate.stdout);

      const window = ['--from', '2026-03-01', '--to', '2026-03-31'];
      const merged = JSON.parse((await learningFeed(['occurrences', out, ...window])).stdout);
      const partA = JSON.parse((await learningFeed(['occurrences', fixture('partner-a.json'), ...window])).stdout);
      const partB = JSON.parse((await learningFeed(['occurrences', fixture('partner-b.json'), ...window])).stdout);
      const strip = (rows: Array<{ id: string; start: string; end: string; timeZone: string }>) =>
        rows.map((row) => `${row.id.replace(/^.*#/, '')} ${row.start} ${row.end} ${row.timeZone}`).sort();
      assert.deepEqual(strip(merged), strip([...partA, ...partB]));
      // Weekly on Wednesdays in March 2026, except the 18th.
      assert.equal(partA.length, 3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('still writes the valid items but exits 1 when an input has errors', async () => {
    const run = await learningFeed(['merge', fixture('partner-a.json'), fixture('invalid.json')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /invalid\.json:\d+:\d+ \/opportunities\/1\/startDate error: /);
    const ids = JSON.parse(run.stdout).opportunities.map((item: { id: string }) => item.id);
    assert.ok(ids.includes('https://a.example.org/feed.json#1'), ids.join(' '));
    assert.ok(ids.includes('https://learning.example.org/broken.json#ok'), ids.join(' '));
    assert.ok(!ids.includes('https://learning.example.org/broken.json#no-name'), 'the nameless item was left out');
  });

  it('exits 2 when an input cannot be read', async () => {
    const run = await learningFeed(['merge', fixture('partner-a.json'), fixture('nope.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /nope\.json: no such file or directory/);
    assert.equal(run.stdout, '');
  });
});
