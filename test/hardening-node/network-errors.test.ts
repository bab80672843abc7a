/**
 * FeedStore against a real local HTTP server that fails on purpose: wrong statuses, silence, a
 * trickling body, a socket cut mid-body, an HTML page served as the feed. Each failure must end as
 * one FeedLoadError of the right kind, with a message a webmaster can act on, and must not hang.
 *
 * Decision documented here: the store's `timeoutMs` covers the whole try — headers AND body — so a
 * server that sends headers and then trickles bytes cannot keep a widget spinning forever.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FeedStore, type FeedStoreOptions } from '../../src/data/store.js';
import { FaultTally } from './fault-tally.js';
import { feedDocument, json, silent, startLocalServer, status, type LocalServer } from './local-server.js';

const FAST: FeedStoreOptions = { timeoutMs: 2000, retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40 } };

let server: LocalServer;
const tally = new FaultTally();

before(async () => {
  server = await startLocalServer();
});
after(async () => {
  await server.close();
  console.log(tally.summary());
});

async function loadOnce(path: string, options: FeedStoreOptions = {}) {
  const store = new FeedStore([server.url(path)], { ...FAST, ...options });
  const started = performance.now();
  await store.load();
  return { store, elapsed: performance.now() - started, error: store.loadErrors[0] };
}

describe('network faults, one feed, real HTTP', () => {
  it('404: fails at once (no retry), kind http, says to check the URL', async () => {
    server.route('/missing.json', status(404));
    const { store, error } = await loadOnce('/missing.json');
    await tally.record('404 Not Found', () => server.requestsTo('/missing.json').length, () => {
      assert.equal(store.status, 'error');
      assert.equal(store.model, undefined);
      assert.equal(error?.kind, 'http');
      assert.equal(error?.status, 404);
      assert.match(error!.message, /answered HTTP 404 Not Found: there is no file at this address; check the URL/);
      assert.equal(server.requestsTo('/missing.json').length, 1, 'a 404 will not change by asking again');
    });
  });

  it('500 every time: stops after the configured attempts and says how many', async () => {
    server.route('/broken.json', status(500));
    const { store, error } = await loadOnce('/broken.json');
    await tally.record('500 forever', () => server.requestsTo('/broken.json').length, () => {
      assert.equal(store.status, 'error');
      assert.equal(error?.kind, 'http');
      assert.equal(error?.status, 500);
      assert.match(error!.message, /HTTP 500 Internal Server Error \(tried 3 times\): the feed server failed/);
      assert.equal(server.requestsTo('/broken.json').length, 3);
    });
  });

  it('silent server: the timeout fires, kind timeout, and it is not retried', async () => {
    server.route('/silent.json', silent);
    const { store, error, elapsed } = await loadOnce('/silent.json', { timeoutMs: 150 });
    await tally.record('no answer (timeout)', () => server.requestsTo('/silent.json').length, () => {
      assert.equal(store.status, 'error');
      assert.equal(error?.kind, 'timeout');
      assert.match(error!.message, /did not answer within 150 ms/);
      assert.ok(elapsed >= 140 && elapsed < 1500, `gave up after ${elapsed.toFixed(0)} ms`);
      assert.equal(server.requestsTo('/silent.json').length, 1, 'the server already had its full time');
    });
  });

  it('headers at once, then one byte every 200 ms: the timeout covers the body too', async () => {
    server.route('/trickle.json', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const body = JSON.stringify(feedDocument('trickle', ['Slow class']));
      let sent = 0;
      const timer = setInterval(() => {
        if (response.destroyed || sent >= body.length) return clearInterval(timer);
        response.write(body[sent++]);
      }, 200);
      response.on('close', () => clearInterval(timer));
    });
    const { store, error, elapsed } = await loadOnce('/trickle.json', { timeoutMs: 500 });
    await tally.record('trickling body', () => server.requestsTo('/trickle.json').length, () => {
      assert.equal(store.status, 'error');
      assert.equal(error?.kind, 'timeout');
      assert.ok(elapsed < 2000, `a trickling server held the load for ${elapsed.toFixed(0)} ms`);
    });
  });

  it('socket destroyed mid-body: kind network, retried, then the feed loads', async () => {
    const body = JSON.stringify(feedDocument('cut', ['Choir']));
    server.route('/cut.json', (_request, response, count) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
      if (count > 1) return void response.end(body);
      response.write(body.slice(0, 20));
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const { store } = await loadOnce('/cut.json');
    server.route('/cut-always.json', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
      response.write(body.slice(0, 20));
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const always = await loadOnce('/cut-always.json');
    const requests = () => server.requestsTo('/cut.json').length + server.requestsTo('/cut-always.json').length;
    await tally.record('socket cut mid-body', requests, () => {
      assert.equal(store.status, 'ready');
      assert.deepEqual(store.model?.opportunities.map((item) => item.name.en), ['Choir']);
      assert.equal(server.requestsTo('/cut.json').length, 2);
      assert.equal(always.store.status, 'error');
      assert.equal(always.error?.kind, 'network');
      assert.match(always.error!.message, /no answer from the server|Could not load/);
      assert.equal(server.requestsTo('/cut-always.json').length, 3);
    });
  });

  it('an HTML error page with status 200: kind not-json, says an HTML page was served', async () => {
    server.route('/maintenance.json', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!DOCTYPE html><html><body><h1>Down for maintenance</h1></body></html>');
    });
    const { store, error } = await loadOnce('/maintenance.json');
    await tally.record('HTML page, status 200', () => server.requestsTo('/maintenance.json').length, () => {
      assert.equal(store.status, 'error');
      assert.equal(error?.kind, 'not-json');
      assert.match(error!.message, /sent an HTML page, not JSON/);
      assert.equal(server.requestsTo('/maintenance.json').length, 1);
    });
  });

  it('JSON that is not a feed, and truncated JSON: not-feed and not-json, never thrown', async () => {
    server.route('/quota.json', json({ error: 'quota exceeded' }));
    server.route('/truncated.json', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"version": "1.0", "opportunities": [');
    });
    const quota = await loadOnce('/quota.json');
    const truncated = await loadOnce('/truncated.json');
    const requests = () => server.requestsTo('/quota.json').length + server.requestsTo('/truncated.json').length;
    await tally.record('wrong JSON body', requests, () => {
      assert.equal(quota.error?.kind, 'not-feed');
      assert.match(quota.error!.message, /found an object with "error"/);
      assert.equal(truncated.error?.kind, 'not-json');
      assert.match(truncated.error!.message, /is not valid JSON/);
      assert.equal(requests(), 2);
    });
  });

  it('304 to a first request (nothing held to revalidate): an http error, not a crash or an empty feed', async () => {
    server.route('/confused.json', (_request, response) => void response.writeHead(304).end());
    const { store, error } = await loadOnce('/confused.json');
    await tally.record('304 with no copy held', () => server.requestsTo('/confused.json').length, () => {
      assert.equal(store.status, 'error');
      assert.equal(error?.kind, 'http');
      assert.match(error!.message, /answered 304 Not Modified to a request that held no copy/);
    });
  });

  it('a server that is gone (connection refused): kind network, retried, clear message', async () => {
    const gone = await startLocalServer();
    const url = gone.url('/feed.json');
    await gone.close();
    let attempts = 0;
    const countingFetch: typeof fetch = (input, init) => {
      attempts++;
      return fetch(input, init);
    };
    const store = new FeedStore([url], { ...FAST, fetch: countingFetch });
    await store.load();
    await tally.record('connection refused', () => attempts, () => {
      assert.equal(attempts, 3, 'a refused connection may be a restart: retried');
      assert.equal(store.status, 'error');
      assert.equal(store.loadErrors[0]?.kind, 'network');
      assert.match(store.loadErrors[0]!.message, /Could not load http:\/\/127\.0\.0\.1:\d+\/feed\.json/);
      assert.match(store.loadErrors[0]!.message, /ECONNREFUSED|refused/i, 'says the connection was refused');
    });
  });

  it('dispose() while the server is silent: the request is cancelled and the store stays idle', async () => {
    server.route('/hang-then-dispose.json', silent);
    const store = new FeedStore([server.url('/hang-then-dispose.json')], { ...FAST, timeoutMs: 60_000 });
    const loading = store.load();
    await new Promise((resolve) => setTimeout(resolve, 50));
    store.dispose();
    const started = performance.now();
    await loading;
    await tally.record('released mid-request', () => server.requestsTo('/hang-then-dispose.json').length, () => {
      assert.ok(performance.now() - started < 500, 'dispose ends the load at once');
      assert.equal(store.status, 'idle');
      assert.deepEqual(store.loadErrors, []);
    });
  });
});
