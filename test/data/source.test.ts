import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JsonFeedSource, type JsonFeedSourceOptions } from '../../src/data/source.js';
import { fakeNetwork, feed, MemoryPageCache, recordingSleep, type FakeNetwork } from './fake-network.js';

const A = 'https://feeds.example.org/a.json';
const B = 'https://other.example.net/b.json';

function source(urls: string[], network: FakeNetwork, extra: JsonFeedSourceOptions = {}) {
  return new JsonFeedSource(urls, { fetch: network.fetch, sleep: recordingSleep(), random: () => 0, ...extra });
}

const signal = () => new AbortController().signal;

describe('JsonFeedSource', () => {
  it('revalidates with the ETag and keeps its copy on 304', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed('a', ['Code club']), headers: { ETag: '"v1"' } }, { status: 304 }] });
    const feeds = source([A], network);
    const [first] = await feeds.load(signal());
    const [second] = await feeds.load(signal());
    assert.equal(network.callsTo(A)[1]?.headers['if-none-match'], '"v1"');
    assert.equal(second?.from, 'network');
    assert.equal(second?.unchanged, true);
    assert.equal(second?.error, undefined);
    assert.equal(second?.pages[0]?.json, first?.pages[0]?.json);
  });

  it('reports a changed feed after a 200 with a new ETag', async () => {
    const network = fakeNetwork({
      [A]: [{ body: feed('a', ['Code club']), headers: { ETag: '"v1"' } }, { body: feed('a', ['Chess']), headers: { ETag: '"v2"' } }],
    });
    const feeds = source([A], network);
    await feeds.load(signal());
    const [second] = await feeds.load(signal());
    assert.equal(second?.unchanged, false);
    assert.equal((second?.pages[0]?.json as { opportunities: Array<{ name: string }> }).opportunities[0]?.name, 'Chess');
  });

  it('follows RPDE next links, relative ones included, and stops where next points to itself', async () => {
    const page2 = 'https://feeds.example.org/a.json?page=2';
    const network = fakeNetwork({
      [A]: [{ body: feed('a', ['One'], { next: 'a.json?page=2' }) }],
      [page2]: [{ body: { opportunities: [], next: page2 } }],
    });
    const [result] = await source([A], network).load(signal());
    assert.deepEqual(result?.pages.map((page) => page.url), [A, page2]);
    assert.equal(result?.truncatedAfter, undefined);
    assert.equal(network.calls.length, 2);
  });

  it('stops paging at maxPages and says so', async () => {
    const network = fakeNetwork();
    for (let page = 0; page < 10; page++) {
      const url = page === 0 ? A : `${A}?page=${page}`;
      network.answer(url, { body: { version: '1.0', opportunities: [], next: `${A}?page=${page + 1}` } });
    }
    const [result] = await source([A], network, { maxPages: 3 }).load(signal());
    assert.equal(result?.pages.length, 3);
    assert.equal(result?.truncatedAfter, 3);
    assert.equal(network.calls.length, 3);
  });

  it('keeps the last good copy in memory when a later load fails', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed('a', ['Code club']) }, { status: 500 }] });
    const feeds = source([A], network);
    const [first] = await feeds.load(signal());
    const [second] = await feeds.load(signal());
    assert.equal(second?.from, 'memory');
    assert.equal(second?.error?.kind, 'http');
    assert.equal(second?.pages[0]?.json, first?.pages[0]?.json);
  });

  it('loads each URL on its own: one failing leaves the other', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed('a', ['Code club']) }], [B]: [{ status: 404 }] });
    const [a, b] = await source([A, B], network).load(signal());
    assert.equal(a?.error, undefined);
    assert.equal(a?.pages.length, 1);
    assert.equal(b?.error?.kind, 'http');
    assert.equal(b?.error?.url, B);
    assert.deepEqual(b?.pages, []);
  });

  it('falls back to the cached copy when a fresh page load fails', async () => {
    const cache = new MemoryPageCache();
    const online = fakeNetwork({ [A]: [{ body: feed('a', ['Code club']), headers: { ETag: '"v1"' } }] });
    await source([A], online, { cache }).load(signal());
    await new Promise((resolve) => setImmediate(resolve)); // the cache write is not awaited by the load
    const offline = fakeNetwork({ [A]: ['network-error'] });
    const [result] = await source([A], offline, { cache, retry: { maxAttempts: 1 } }).load(signal());
    assert.equal(result?.from, 'cache');
    assert.equal(result?.error?.kind, 'network');
    assert.equal((result?.pages[0]?.json as { id: string }).id, 'a');
    assert.equal(offline.calls[0]?.headers['if-none-match'], '"v1"');
  });

  it('names the feed URL when a later page fails', async () => {
    const page2 = `${A}?page=2`;
    const network = fakeNetwork({ [A]: [{ body: feed('a', [], { next: page2 }) }], [page2]: [{ status: 404 }] });
    const [result] = await source([A], network).load(signal());
    assert.equal(result?.error?.url, A);
    assert.match(result?.error?.message ?? '', /A later page of the feed https:\/\/feeds\.example\.org\/a\.json failed: .*page=2 answered HTTP 404/);
  });

  it('rejects when aborted, instead of reporting a failure', async () => {
    const network = fakeNetwork({ [A]: ['hang'] });
    const controller = new AbortController();
    const loading = source([A], network).load(controller.signal);
    controller.abort(new DOMException('released', 'AbortError'));
    await assert.rejects(loading, { name: 'AbortError' });
  });
});
