import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getSharedStore, releaseSharedStore, resolveFeedUrl, splitFeedUrls } from '../../src/data/shared.js';
import { fakeNetwork, feed, recordingSleep } from './fake-network.js';

const BASE = 'https://www.city.example/learning/';
const A = 'https://www.city.example/feeds/a.json';
const B = 'https://partner.example/b.json';

describe('getSharedStore', () => {
  it('gives the same store for the same feeds in any order, relative or absolute', async () => {
    const network = fakeNetwork({ [A]: [{ body: feed(A, ['Code club']) }], [B]: [{ body: feed(B, ['Chess']) }] });
    const options = { baseUrl: BASE, fetch: network.fetch, sleep: recordingSleep() };
    const first = getSharedStore(['../feeds/a.json', B], options);
    const second = getSharedStore([B, A], options);
    try {
      assert.equal(first, second);
      await Promise.all([first.ensureLoaded(), second.ensureLoaded()]);
      assert.equal(network.callsTo(A).length, 1);
      assert.equal(network.callsTo(B).length, 1);
      assert.equal(first.model?.opportunities.length, 2);
    } finally {
      releaseSharedStore(first);
      releaseSharedStore(second);
    }
  });

  it('gives different stores for different feed sets', () => {
    const one = getSharedStore([A]);
    const two = getSharedStore([A, B]);
    try {
      assert.notEqual(one, two);
    } finally {
      releaseSharedStore(one);
      releaseSharedStore(two);
    }
  });

  it('disposes the store, aborting its fetch, when the last consumer releases it', async () => {
    const network = fakeNetwork({ [A]: ['hang'] });
    const first = getSharedStore([A], { fetch: network.fetch });
    const second = getSharedStore([A]);
    const loading = first.ensureLoaded();
    await new Promise((resolve) => setImmediate(resolve));
    releaseSharedStore(first);
    assert.equal(first.disposed, false, 'one consumer remains');
    assert.equal(network.calls[0]?.signal?.aborted, false);
    releaseSharedStore(second);
    await loading;
    assert.equal(first.disposed, true);
    assert.equal(network.calls[0]?.signal?.aborted, true);
    const fresh = getSharedStore([A]);
    assert.notEqual(fresh, first);
    releaseSharedStore(fresh);
    releaseSharedStore(first); // an extra release is ignored
    assert.equal(fresh.disposed, true);
  });
});

describe('feed URL helpers', () => {
  it('splits a src attribute on any whitespace and drops repeats', () => {
    assert.deepEqual(splitFeedUrls('  a.json\n b.json\ta.json '), ['a.json', 'b.json']);
    assert.deepEqual(splitFeedUrls(null), []);
  });

  it('resolves against the base, and leaves what cannot be resolved as written', () => {
    assert.equal(resolveFeedUrl('feeds/a.json', BASE), 'https://www.city.example/learning/feeds/a.json');
    assert.equal(resolveFeedUrl('feeds/a.json', undefined), 'feeds/a.json');
  });
});
