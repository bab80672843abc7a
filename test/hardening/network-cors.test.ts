/**
 * A feed on another origin that does not send Access-Control-Allow-Origin: the browser refuses it
 * and the page learns only "Failed to fetch". The store must still say what to fix: a 'network'
 * error whose message names the missing header. The control case proves the refusal is CORS: the
 * same URL with the header loads.
 */
import { expect } from '@open-wc/testing';
import { FeedStore } from '../../src/data/store.js';

/** The test server under a second name: same server, different origin. */
function otherOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

describe('a feed on another origin without CORS headers', () => {
  it('is reported as a network error that names Access-Control-Allow-Origin', async () => {
    const url = otherOrigin('/__cors/feed.json');
    expect(new URL(url).origin).not.to.equal(location.origin);
    const store = new FeedStore([url], { retry: { maxAttempts: 1 }, timeoutMs: 5000 });
    await store.load();
    expect(store.status).to.equal('error');
    const [error] = store.loadErrors;
    expect(error?.kind).to.equal('network');
    expect(error?.url).to.equal(url);
    expect(error?.message).to.include('Access-Control-Allow-Origin: *');
    expect(error?.message).to.include(`Access-Control-Allow-Origin: ${location.origin}`);
  });

  it('loads from the same other origin once the header is sent (so the failure above was CORS)', async () => {
    const store = new FeedStore([otherOrigin('/__cors/feed.json?allow=1')], { retry: { maxAttempts: 1 }, timeoutMs: 5000 });
    await store.load();
    expect(store.loadErrors.map((error) => error.message)).to.deep.equal([]);
    expect(store.status).to.equal('ready');
    expect(store.model?.opportunities.map((item) => item.name.en)).to.deep.equal(['Chess club']);
  });
});
