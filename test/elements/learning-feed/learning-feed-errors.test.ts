import { expect, fixture, html } from '@open-wc/testing';
import { CacheStoragePageCache } from '../../../src/data/page-cache.js';
import { FAST, FIXTURES, mountFeed, unique } from './learning-feed-harness.js';

describe('<learning-feed> load failures', () => {
  it('reports a 404 as an http error naming the URL, without retrying', async () => {
    const { el, loads, errors } = await mountFeed('/__fault/404', { retry: { maxAttempts: 3, baseDelayMs: 1 } });
    expect(loads).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]?.kind).to.equal('http');
    expect(errors[0]?.url).to.equal(new URL('/__fault/404', location.href).href);
    expect(errors[0]?.message).to.contain('answered HTTP 404').and.contain('check the URL').and.not.contain('tried');
    expect(el.store?.status).to.equal('error');
  });

  it('retries a 500 and then reports it with the number of tries', async () => {
    const { errors } = await mountFeed('/__fault/500', { retry: { maxAttempts: 2, baseDelayMs: 1 } });
    expect(errors[0]?.kind).to.equal('http');
    expect(errors[0]?.message).to.contain('answered HTTP 500').and.contain('(tried 2 times)');
  });

  it('recovers when a server fails once and then answers', async () => {
    const { loads, errors } = await mountFeed(`/__fault/flaky/${unique()}?failures=1&file=schools.json`, {
      retry: { maxAttempts: 3, baseDelayMs: 1 },
    });
    expect(errors).to.deep.equal([]);
    expect(loads[0]?.counts.opportunities).to.equal(2);
  });

  it('says when an HTML page is served instead of JSON', async () => {
    const { errors } = await mountFeed('/__fault/html');
    expect(errors[0]?.kind).to.equal('not-json');
    expect(errors[0]?.message).to.contain('sent an HTML page, not JSON');
  });

  it('reports broken JSON', async () => {
    const { errors } = await mountFeed('/__fault/not-json');
    expect(errors[0]?.kind).to.equal('not-json');
    expect(errors[0]?.message).to.contain('is not valid JSON');
  });

  it('reports JSON that is not a Learning Feed', async () => {
    const { errors } = await mountFeed('/__fault/not-feed');
    expect(errors[0]?.kind).to.equal('not-feed');
    expect(errors[0]?.message).to.contain('is JSON but not a Learning Feed');
  });

  it('gives up on a server slower than the timeout', async () => {
    const { errors } = await mountFeed('/__fault/slow?ms=2000', { ...FAST, timeoutMs: 150 });
    expect(errors[0]?.kind).to.equal('timeout');
    expect(errors[0]?.message).to.contain('did not answer within 150 ms');
  });

  it('shows the other feeds when one of three is down', async () => {
    const { el, loads, errors } = await mountFeed(`${FIXTURES}/libraries.json /__fault/503 ${FIXTURES}/schools.json`);
    expect(errors.map((error) => error.kind)).to.deep.equal(['http']);
    expect(errors[0]?.url).to.match(/__fault\/503$/);
    expect(loads[0]?.status).to.equal('ready');
    expect(loads[0]?.counts.feeds).to.equal(2);
    expect(el.store?.loadErrors).to.have.length(1);
  });

  it('explains CORS when a feed on another origin cannot be read', async () => {
    // The test server sends no Access-Control-Allow-Origin, so reading it from another origin is refused.
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const { errors } = await mountFeed(`${location.protocol}//${otherHost}:${location.port}${FIXTURES}/schools.json`);
    expect(errors[0]?.kind).to.equal('network');
    expect(errors[0]?.message).to.contain('Access-Control-Allow-Origin: *').and.contain(location.origin);
  });

  it('shows the last good copy, marked stale, when the feed fails after a good load', async () => {
    const { el, loads, errors } = await mountFeed(`/__fault/flaky/${unique()}?failures=0&file=schools.json`);
    expect(loads[0]?.status).to.equal('ready');
    const store = el.store!;
    // A second load that fails: the flaky endpoint never fails again, so point the source at a 500 instead.
    const originalFetch = window.fetch;
    window.fetch = () => Promise.resolve(new Response('down', { status: 500 }));
    try {
      await el.reload();
    } finally {
      window.fetch = originalFetch;
    }
    expect(store.status).to.equal('stale');
    expect(loads[1]?.status).to.equal('stale');
    expect(loads[1]?.counts.opportunities).to.equal(2);
    expect(errors[0]?.kind).to.equal('http');
  });

  it('falls back to its Cache Storage copy when reopened with the feed down', async () => {
    const cacheName = `learning-feed-test-${unique()}`;
    const url = `${FIXTURES}/schools.json?${unique()}`;
    const first = await mountFeed(url, { ...FAST, cache: { name: cacheName } });
    expect(first.loads[0]?.status).to.equal('ready');
    const absolute = new URL(url, location.href).href;
    const cache = await caches.open(cacheName);
    for (let tries = 0; !(await cache.match(absolute)) && tries < 100; tries++) await new Promise((r) => setTimeout(r, 10));
    first.el.remove();
    await Promise.resolve();
    const offline = await mountFeed(url, {
      ...FAST,
      cache: { name: cacheName },
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(offline.errors[0]?.kind).to.equal('network');
    expect(offline.loads[0]?.status).to.equal('stale');
    expect(offline.loads[0]?.counts.opportunities).to.equal(2);
    await caches.delete(cacheName);
  });

  it('is accessible after a failed load', async () => {
    const el = await fixture(html`<learning-feed src="/__fault/404"><p>Events</p></learning-feed>`);
    await expect(el).to.be.accessible();
  });
});

describe('Cache Storage copy of feeds', () => {
  it('stays under its size cap by evicting the oldest pages, and skips a page larger than the cap', async () => {
    const name = `learning-feed-cap-${unique()}`;
    let clock = 0;
    const cache = new CacheStoragePageCache({ name, maxBytes: 100 }, caches, () => ++clock);
    const page = (id: string) => JSON.stringify({ version: '1.0', id: id.padEnd(20, '.') });
    try {
      await cache.write('https://feeds.example/a.json', page('a'), '"a1"');
      await cache.write('https://feeds.example/b.json', page('b'), undefined);
      await cache.write('https://feeds.example/c.json', page('c'), undefined);
      await cache.write('https://feeds.example/huge.json', 'x'.repeat(101), undefined);
      expect(await cache.read('https://feeds.example/a.json')).to.equal(undefined);
      expect(((await cache.read('https://feeds.example/b.json'))?.json as { id: string }).id).to.match(/^b/);
      expect(await cache.read('https://feeds.example/c.json')).to.not.equal(undefined);
      expect(await cache.read('https://feeds.example/huge.json')).to.equal(undefined);
    } finally {
      await caches.delete(name);
    }
  });
});
