import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FeedLoadError } from '../../src/data/errors.js';
import { fetchPage, type FetchPageOptions } from '../../src/data/fetch-page.js';
import { DEFAULT_RETRY } from '../../src/data/retry.js';
import { fakeNetwork, feed, recordingSleep, type FakeNetwork } from './fake-network.js';

const URL_A = 'https://feeds.example.org/a.json';

function options(network: FakeNetwork, overrides: Partial<FetchPageOptions> = {}) {
  const sleep = recordingSleep();
  const opts: FetchPageOptions = {
    fetch: network.fetch,
    signal: new AbortController().signal,
    timeoutMs: 15_000,
    retry: DEFAULT_RETRY,
    sleep,
    random: () => 0.5,
    now: () => Date.parse('2026-11-01T10:00:00Z'),
    ...overrides,
  };
  return { opts, sleep };
}

async function loadError(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FeedLoadError, `expected a FeedLoadError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the load to fail');
}

describe('fetchPage', () => {
  it('returns the parsed feed and its ETag', async () => {
    const network = fakeNetwork({ [URL_A]: [{ body: feed('a', ['Code club']), headers: { ETag: '"v1"' } }] });
    const result = await fetchPage(URL_A, options(network).opts);
    assert.equal(result.kind, 'fresh');
    assert.equal(result.kind === 'fresh' && result.etag, '"v1"');
    assert.deepEqual(result.kind === 'fresh' && (result.json as { id: string }).id, 'a');
  });

  it('retries a 500 with growing delays and succeeds', async () => {
    const network = fakeNetwork({ [URL_A]: [{ status: 500 }, { status: 502 }, { body: feed('a', []) }] });
    const { opts, sleep } = options(network);
    const result = await fetchPage(URL_A, opts);
    assert.equal(result.kind, 'fresh');
    assert.equal(network.calls.length, 3);
    // Equal jitter with random() = 0.5: three quarters of each doubling step.
    assert.deepEqual(sleep.delays, [375, 750]);
  });

  it('stops after maxAttempts and reports the status and the number of tries', async () => {
    const network = fakeNetwork({ [URL_A]: [{ status: 503, statusText: 'Service Unavailable' }] });
    const { opts, sleep } = options(network);
    const error = await loadError(fetchPage(URL_A, opts));
    assert.equal(network.calls.length, 4);
    assert.equal(sleep.delays.length, 3);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 503);
    assert.match(error.message, /https:\/\/feeds\.example\.org\/a\.json answered HTTP 503 Service Unavailable \(tried 4 times\)/);
  });

  it('keeps each delay under the ceiling', async () => {
    const network = fakeNetwork({ [URL_A]: ['network-error'] });
    const { opts, sleep } = options(network, {
      retry: { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 3000 },
      random: () => 1,
    });
    await loadError(fetchPage(URL_A, opts));
    assert.deepEqual(sleep.delays, [1000, 2000, 3000, 3000, 3000, 3000, 3000]);
  });

  it('does not retry a 404 and says to check the URL', async () => {
    const network = fakeNetwork({ [URL_A]: [{ status: 404, statusText: 'Not Found' }] });
    const { opts, sleep } = options(network);
    const error = await loadError(fetchPage(URL_A, opts));
    assert.equal(network.calls.length, 1);
    assert.deepEqual(sleep.delays, []);
    assert.equal(error.kind, 'http');
    assert.match(error.message, /a\.json answered HTTP 404 Not Found: there is no file at this address; check the URL/);
  });

  it('honours Retry-After on a 429, capped by maxDelayMs', async () => {
    const network = fakeNetwork({
      [URL_A]: [{ status: 429, headers: { 'Retry-After': '2' } }, { status: 429, headers: { 'Retry-After': '120' } }, { body: feed('a', []) }],
    });
    const { opts, sleep } = options(network);
    await fetchPage(URL_A, opts);
    assert.deepEqual(sleep.delays, [2000, 8000]);
  });

  it('reports a network failure after retrying, naming the URL', async () => {
    const network = fakeNetwork({ [URL_A]: ['network-error'] });
    const error = await loadError(fetchPage(URL_A, options(network).opts));
    assert.equal(network.calls.length, 4);
    assert.equal(error.kind, 'network');
    assert.match(error.message, /Could not load https:\/\/feeds\.example\.org\/a\.json/);
  });

  it('explains CORS when a cross-origin fetch fails', async () => {
    const global = globalThis as { location?: unknown };
    global.location = { origin: 'https://www.school.example', href: 'https://www.school.example/' };
    try {
      const network = fakeNetwork({ [URL_A]: ['network-error'] });
      const error = await loadError(fetchPage(URL_A, options(network).opts));
      assert.match(error.message, /Access-Control-Allow-Origin: \*/);
      assert.match(error.message, /Access-Control-Allow-Origin: https:\/\/www\.school\.example/);
    } finally {
      delete global.location;
    }
  });

  it('gives up after the timeout without retrying', async () => {
    const network = fakeNetwork({ [URL_A]: ['hang'] });
    const error = await loadError(fetchPage(URL_A, options(network, { timeoutMs: 20 }).opts));
    assert.equal(error.kind, 'timeout');
    assert.equal(network.calls.length, 1);
    assert.match(error.message, /a\.json did not answer within 20 ms/);
  });

  it('recognises an HTML error page served with status 200', async () => {
    const network = fakeNetwork({
      [URL_A]: [{ text: '<!DOCTYPE html><html><body>Site maintenance</body></html>', headers: { 'Content-Type': 'text/html' } }],
    });
    const error = await loadError(fetchPage(URL_A, options(network).opts));
    assert.equal(error.kind, 'not-json');
    assert.match(error.message, /a\.json sent an HTML page, not JSON/);
  });

  it('reports broken JSON as not-json', async () => {
    const network = fakeNetwork({ [URL_A]: [{ text: '{"version": "1.0", "opportunities": [' }] });
    const error = await loadError(fetchPage(URL_A, options(network).opts));
    assert.equal(error.kind, 'not-json');
    assert.match(error.message, /a\.json is not valid JSON/);
  });

  it('reports JSON that is not a feed as not-feed, saying what it found', async () => {
    const network = fakeNetwork({ [URL_A]: [{ body: { error: 'quota exceeded' } }] });
    const error = await loadError(fetchPage(URL_A, options(network).opts));
    assert.equal(error.kind, 'not-feed');
    assert.match(error.message, /a\.json is JSON but not a Learning Feed \(found an object with "error"\)/);
  });

  it('sends If-None-Match for a held copy and reports 304 as not-modified', async () => {
    const network = fakeNetwork({ [URL_A]: [{ status: 304 }] });
    const result = await fetchPage(URL_A, options(network, { etag: '"v1"' }).opts);
    assert.equal(result.kind, 'not-modified');
    assert.equal(network.calls[0]?.headers['if-none-match'], '"v1"');
  });

  it('stops waiting at once when aborted during a backoff', async () => {
    const network = fakeNetwork({ [URL_A]: [{ status: 500 }] });
    const controller = new AbortController();
    const { opts } = options(network, {
      signal: controller.signal,
      sleep: (_ms, signal) => {
        controller.abort(new DOMException('released', 'AbortError'));
        return Promise.reject(signal?.reason);
      },
    });
    await assert.rejects(fetchPage(URL_A, opts), { name: 'AbortError' });
    assert.equal(network.calls.length, 1);
  });
});
