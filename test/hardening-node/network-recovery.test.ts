/**
 * FeedStore recovering from faults on a real local HTTP server: retries that back off (gaps measured
 * at the server), Retry-After honoured, partial outages, a feed failing after a good load, and ETag
 * revalidation. Delays are tens of milliseconds, configured through the store's own options.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getSharedStore, releaseSharedStore } from '../../src/data/shared.js';
import { FeedStore, type FeedStoreOptions } from '../../src/data/store.js';
import { FaultTally } from './fault-tally.js';
import { failFirst, feedDocument, json, startLocalServer, status, type LocalServer } from './local-server.js';

let server: LocalServer;
const tally = new FaultTally();

before(async () => {
  server = await startLocalServer();
});
after(async () => {
  await server.close();
  console.log(tally.summary());
});

const names = (store: FeedStore) => store.model?.opportunities.map((item) => item.name.en).sort();

describe('recovering from network faults, real HTTP', () => {
  it('500, 500, then 200: ready on the third try, each wait about twice the one before', async () => {
    server.route('/flaky.json', failFirst(2, status(500), json(feedDocument('flaky', ['Code club']))));
    // random() = 1 makes the jittered delay its maximum: 40 ms, then 80 ms.
    const store = new FeedStore([server.url('/flaky.json')], { retry: { maxAttempts: 4, baseDelayMs: 80, maxDelayMs: 1000 }, random: () => 1 });
    await store.load();
    const gaps = server.gapsBetween('/flaky.json');
    await tally.record('500 twice, then recovery', () => server.requestsTo('/flaky.json').length, () => {
      assert.equal(store.status, 'ready');
      assert.deepEqual(names(store), ['Code club']);
      assert.deepEqual(store.loadErrors, []);
      assert.equal(server.requestsTo('/flaky.json').length, 3);
      assert.ok(gaps[0]! >= 75, `first wait ${gaps[0]!.toFixed(0)} ms, expected about 80`);
      assert.ok(gaps[1]! >= 155, `second wait ${gaps[1]!.toFixed(0)} ms, expected about 160`);
      assert.ok(gaps[1]! > gaps[0]!, 'the wait grows');
    });
  });

  it('503 with Retry-After: waits what the server asked (up to maxDelayMs), not the short backoff', async () => {
    server.route('/busy.json', failFirst(1, status(503, { 'Retry-After': '1' }), json(feedDocument('busy', ['Chess']))));
    const options: FeedStoreOptions = { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 300 }, random: () => 0 };
    const store = new FeedStore([server.url('/busy.json')], options);
    await store.load();
    const [gap] = server.gapsBetween('/busy.json');
    await tally.record('503 + Retry-After', () => server.requestsTo('/busy.json').length, () => {
      assert.equal(store.status, 'ready');
      assert.equal(server.requestsTo('/busy.json').length, 2);
      assert.ok(gap! >= 290, `waited ${gap!.toFixed(0)} ms; Retry-After 1 s capped at 300 ms`);
      assert.ok(gap! < 900, `waited ${gap!.toFixed(0)} ms; the cap did not hold`);
    });
  });

  it('429 with a Retry-After date is retried; 403 is not', async () => {
    const soon = new Date(Date.now() + 120_000).toUTCString();
    server.route('/slow-down.json', failFirst(1, status(429, { 'Retry-After': soon }), json(feedDocument('slow', ['Yoga']))));
    server.route('/forbidden.json', status(403));
    const options: FeedStoreOptions = { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 60 } };
    const slowDown = new FeedStore([server.url('/slow-down.json')], options);
    const forbidden = new FeedStore([server.url('/forbidden.json')], options);
    await Promise.all([slowDown.load(), forbidden.load()]);
    const requests = () => server.requestsTo('/slow-down.json').length + server.requestsTo('/forbidden.json').length;
    await tally.record('429 (date) and 403', requests, () => {
      assert.equal(slowDown.status, 'ready');
      assert.ok(server.gapsBetween('/slow-down.json')[0]! >= 55, 'a two-minute Retry-After is capped at maxDelayMs');
      assert.equal(forbidden.status, 'error');
      assert.match(forbidden.loadErrors[0]!.message, /HTTP 403 Forbidden: the server refuses access; a feed for widgets must be public/);
      assert.equal(server.requestsTo('/forbidden.json').length, 1);
    });
  });

  it('a garbled Retry-After ("-5") is ignored: the normal backoff applies, not an instant retry', async () => {
    server.route('/garbled.json', failFirst(1, status(503, { 'Retry-After': '-5' }), json(feedDocument('garbled', ['Chess']))));
    const store = new FeedStore([server.url('/garbled.json')], { retry: { maxAttempts: 2, baseDelayMs: 120, maxDelayMs: 1000 }, random: () => 1 });
    await store.load();
    const [gap] = server.gapsBetween('/garbled.json');
    await tally.record('503 + garbled Retry-After', () => server.requestsTo('/garbled.json').length, () => {
      assert.equal(store.status, 'ready');
      assert.ok(gap! >= 110, `retried after ${gap!.toFixed(0)} ms; the backoff is 120 ms`);
    });
  });

  it('one of three feeds down: ready with the two good feeds and one load error', async () => {
    server.route('/one.json', json(feedDocument('one', ['Code club'])));
    server.route('/two.json', status(502));
    server.route('/three.json', json(feedDocument('three', ['Choir'])));
    const urls = ['/one.json', '/two.json', '/three.json'].map((path) => server.url(path));
    const store = new FeedStore(urls, { retry: { maxAttempts: 2, baseDelayMs: 10 } });
    await store.load();
    await tally.record('1 of 3 feeds down', () => server.requestsTo('/two.json').length, () => {
      assert.equal(store.status, 'ready');
      assert.equal(store.model?.feeds.length, 2);
      assert.deepEqual(names(store), ['Choir', 'Code club']);
      assert.deepEqual(store.loadErrors.map((error) => [error.url, error.kind, error.status]), [[urls[1], 'http', 502]]);
    });
  });

  it('a feed going down after a good load: stale, the last good copy kept', async () => {
    let down = false;
    const good = json(feedDocument('later', ['Rhyme time']));
    server.route('/later.json', (request, response, count) => (down ? status(500) : good)(request, response, count));
    const store = new FeedStore([server.url('/later.json')], { retry: { maxAttempts: 2, baseDelayMs: 10 } });
    await store.load();
    const firstModel = store.model;
    down = true;
    await store.load();
    await tally.record('down after a good load', () => server.requestsTo('/later.json').length, () => {
      assert.equal(store.status, 'stale');
      assert.deepEqual(names(store), ['Rhyme time']);
      assert.equal(store.model?.opportunities[0], firstModel?.opportunities[0], 'the same parsed item, not a re-parse');
      assert.equal(store.loadErrors[0]?.kind, 'http');
      assert.equal(server.requestsTo('/later.json').length, 3);
    });
    down = false;
    await store.load();
    assert.equal(store.status, 'ready', 'and ready again once it answers');
  });

  it('ETag revalidation: If-None-Match sent, 304 keeps the very same model object', async () => {
    const body = feedDocument('tagged', ['Knit and natter']);
    server.route('/tagged.json', (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304, { ETag: '"v1"' }).end();
      response.writeHead(200, { 'Content-Type': 'application/json', ETag: '"v1"' }).end(JSON.stringify(body));
    });
    const store = new FeedStore([server.url('/tagged.json')]);
    await store.load();
    const firstModel = store.model;
    await store.load();
    const requests = server.requestsTo('/tagged.json');
    await tally.record('304 revalidation', () => requests.length, () => {
      assert.equal(requests[1]?.headers['if-none-match'], '"v1"');
      assert.equal(store.status, 'ready');
      assert.equal(store.model, firstModel, 'nothing changed, so widgets need not re-render');
      assert.equal(store.loadCount, 2);
    });
  });

  it('a paged feed whose second page fails: the error names the feed URL and the page', async () => {
    server.route('/paged.json', json({ ...feedDocument('paged', ['Page one item']), next: '/paged-2.json' }));
    server.route('/paged-2.json', status(500));
    const store = new FeedStore([server.url('/paged.json')], { retry: { maxAttempts: 2, baseDelayMs: 10 } });
    await store.load();
    const requests = () => server.requestsTo('/paged.json').length + server.requestsTo('/paged-2.json').length;
    await tally.record('later page fails', requests, () => {
      assert.equal(store.status, 'error');
      assert.equal(store.loadErrors[0]?.url, server.url('/paged.json'));
      assert.match(store.loadErrors[0]!.message, /A later page of the feed .*paged\.json failed: .*paged-2\.json answered HTTP 500/);
    });
  });

  it('widgets sharing a store: one request for all; the last release cancels it at the server', async () => {
    let closed = 0;
    server.route('/shared-slow.json', (request) => new Promise<void>((resolve) => request.socket.once('close', () => {
      closed++;
      resolve();
    })));
    const feedUrl = server.url('/shared-slow.json');
    const first = getSharedStore([feedUrl]);
    const second = getSharedStore(['/shared-slow.json'], { baseUrl: `${server.origin}/page.html` });
    const loading = Promise.all([first.load(), second.ensureLoaded()]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseSharedStore(first);
    const stillOpen = closed;
    releaseSharedStore(second);
    await loading;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tally.record('shared store released mid-request', () => server.requestsTo('/shared-slow.json').length, () => {
      assert.equal(second, first, 'the same feed, written relative or absolute, gives the same store');
      assert.equal(server.requestsTo('/shared-slow.json').length, 1);
      assert.equal(stillOpen, 0, 'one widget leaving does not cancel the other\'s request');
      assert.equal(closed, 1, 'the last one leaving closes the connection');
      assert.equal(first.disposed, true);
    });
  });

  it('two loads at once share one request per feed', async () => {
    server.route('/shared.json', json(feedDocument('shared', ['Chess'])));
    const store = new FeedStore([server.url('/shared.json')]);
    await Promise.all([store.load(), store.load(), store.ensureLoaded()]);
    await tally.record('concurrent loads', () => server.requestsTo('/shared.json').length, () => {
      assert.equal(server.requestsTo('/shared.json').length, 1);
      assert.equal(store.loadCount, 1);
    });
  });
});
