import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/core/parse/index.js';
import type { DataSource } from '../../src/data/source.js';
import { FeedStore, type FeedStoreChangeReason, type FeedStoreOptions } from '../../src/data/store.js';
import { fakeNetwork, feed, recordingSleep, type FakeNetwork } from './fake-network.js';

const A = 'https://a.example/feed.json';
const B = 'https://b.example/feed.json';
const C = 'https://c.example/feed.json';

function store(urls: string[], network: FakeNetwork, options: FeedStoreOptions = {}) {
  return new FeedStore(urls, { fetch: network.fetch, sleep: recordingSleep(), random: () => 0, ...options });
}

const opportunityNames = (target: FeedStore) => target.model?.opportunities.map((item) => item.name.en).sort();

describe('FeedStore', () => {
  it('loads, merges and reports ready', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed(A, ['Code club']) }], [B]: [{ body: feed(B, ['Chess', 'Choir']) }] });
    const target = store([A, B], network);
    assert.equal(target.status, 'idle');
    await target.load();
    assert.equal(target.status, 'ready');
    assert.deepEqual(opportunityNames(target), ['Chess', 'Choir', 'Code club']);
    assert.equal(target.model?.feeds.length, 2);
    assert.deepEqual(target.loadErrors, []);
  });

  it('keeps the two good feeds when one of three is down', async () => {
    const network = fakeNetwork({
      [A]: [{ body: feed(A, ['Code club']) }],
      [B]: [{ status: 500 }],
      [C]: [{ body: feed(C, ['Choir']) }],
    });
    const target = store([A, B, C], network);
    await target.load();
    assert.equal(target.status, 'ready');
    assert.deepEqual(opportunityNames(target), ['Choir', 'Code club']);
    assert.deepEqual(target.loadErrors.map((error) => [error.url, error.kind]), [[B, 'http']]);
    assert.equal(network.callsTo(B).length, 4, 'a 500 is retried up to the default four tries');
  });

  it('turns stale, keeping the good copy, when a feed fails after a good load', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed(A, ['Code club']) }, 'network-error'] });
    const target = store([A], network, { retry: { maxAttempts: 2 } });
    await target.load();
    await target.load();
    assert.equal(target.status, 'stale');
    assert.deepEqual(opportunityNames(target), ['Code club']);
    assert.equal(target.loadErrors[0]?.kind, 'network');
  });

  it('goes back to ready when the failed feed answers again', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed(A, ['Code club']) }, { status: 503 }, { body: feed(A, ['Chess']) }] });
    const target = store([A], network, { retry: { maxAttempts: 1 } });
    await target.load();
    await target.load();
    await target.load();
    assert.equal(target.status, 'ready');
    assert.deepEqual(opportunityNames(target), ['Chess']);
  });

  it('reports error, with no model, when nothing ever loaded', async () => {
    const network = fakeNetwork({ [A]: [{ status: 404 }] });
    const target = store([A], network);
    await target.load();
    assert.equal(target.status, 'error');
    assert.equal(target.model, undefined);
    assert.equal(target.loadErrors.length, 1);
  });

  it('keeps the same parsed items when the server answers 304', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed(A, ['Code club']), headers: { ETag: '"v1"' } }, { status: 304 }] });
    const target = store([A], network);
    await target.load();
    const before = target.model?.opportunities[0];
    await target.load();
    assert.equal(target.status, 'ready');
    assert.equal(target.model?.opportunities[0], before);
    assert.equal(network.calls[1]?.headers['if-none-match'], '"v1"');
  });

  it('applies a later page\'s deletions', async () => {
    const page2 = `${A}?page=2`;
    const network = fakeNetwork({
      [A]: [{ body: feed(A, ['Code club', 'Chess'], { next: page2 }) }],
      [page2]: [{ body: { version: '1.0', opportunities: [{ id: 'choir-0', name: 'Choir', startDate: '2026-12-05' }], deleted: ['chess-1'] } }],
    });
    const target = store([A], network);
    await target.load();
    assert.deepEqual(opportunityNames(target), ['Choir', 'Code club']);
  });

  it('announces loading and load, and shares one running load', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed(A, ['Code club']) }] });
    const target = store([A], network);
    const reasons: FeedStoreChangeReason[] = [];
    const unsubscribe = target.subscribe((event) => reasons.push(event.reason));
    await Promise.all([target.load(), target.load(), target.ensureLoaded()]);
    await target.ensureLoaded();
    assert.deepEqual(reasons, ['loading', 'load']);
    assert.equal(network.calls.length, 1);
    unsubscribe();
    await target.load();
    assert.equal(reasons.length, 2, 'no events after unsubscribing');
  });

  it('keeps filters, merging or replacing, and announces only real changes', () => {
    const target = store([A], fakeNetwork(), { filters: { cost: ['free'] } });
    const reasons: FeedStoreChangeReason[] = [];
    target.addEventListener('change', (event) => reasons.push((event as Event & { reason: FeedStoreChangeReason }).reason));
    target.setFilters({ topics: ['digital-skills'] });
    assert.deepEqual(target.filters, { cost: ['free'], topics: ['digital-skills'] });
    target.setFilters({ topics: ['digital-skills'] });
    target.setFilters({ query: 'chess' }, 'replace');
    assert.deepEqual(target.filters, { query: 'chess' });
    target.setFilters({ query: undefined });
    assert.deepEqual(target.filters, {});
    assert.deepEqual(reasons, ['filters', 'filters', 'filters']);
  });

  it('reads pages a custom source hands over as JSON text like parseFeed, syntax errors placed by line', async () => {
    const good = JSON.stringify(feed(A, ['Code club']));
    const bad = '{"version": "1.0",\n "opportunities": [}';
    const source: DataSource = {
      urls: [A, B],
      load: async () => [
        { url: A, pages: [{ url: A, json: good }], from: 'network', unchanged: false },
        { url: B, pages: [{ url: B, json: bad }], from: 'network', unchanged: false },
      ],
    };
    const target = new FeedStore(source);
    await target.load();
    assert.deepEqual(opportunityNames(target), ['Code club']);
    const syntax = target.problems.find((problem) => problem.source === B);
    assert.deepEqual(syntax && { message: syntax.message, line: syntax.line, column: syntax.column }, {
      message: 'The feed is not valid JSON: Unexpected "}": a value is missing, perhaps after a trailing comma.',
      line: 2,
      column: 20,
    });
    assert.deepEqual(target.problems.filter((problem) => problem.source === B), parseFeed(bad, { source: B }).problems);
  });

  it('cancels the running load when disposed and stays quiet', async () => {
    const network = fakeNetwork({ [A]: ['hang'] });
    const target = store([A], network);
    const reasons: FeedStoreChangeReason[] = [];
    target.subscribe((event) => reasons.push(event.reason));
    const loading = target.load();
    await new Promise((resolve) => setImmediate(resolve));
    target.dispose();
    await loading;
    assert.equal(network.calls[0]?.signal?.aborted, true);
    assert.deepEqual(reasons, ['loading']);
    assert.equal(target.status, 'idle');
  });
});
