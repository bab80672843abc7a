import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/core/parse/index.js';
import { FeedStore, SLICED_PARSE_MIN_ITEMS } from '../../src/data/store.js';
import { fakeNetwork, feed, recordingSleep } from './fake-network.js';

const A = 'https://a.example/feed.json';

/** The sliced parser's default pause posts a MessageChannel message; counting those counts its pauses. */
const RealMessageChannel = globalThis.MessageChannel;
let onPause: () => void = () => {};
class CountingMessageChannel extends RealMessageChannel {
  constructor() {
    super();
    onPause();
  }
}

function largeFeed(count: number) {
  return feed(A, Array.from({ length: count }, (_, n) => `Session ${n}`));
}

function storeFor(body: Record<string, unknown>) {
  const network = fakeNetwork({ [A]: [{ body }] });
  return new FeedStore([A], { fetch: network.fetch, sleep: recordingSleep(), random: () => 0 });
}

describe('FeedStore with a large feed', () => {
  beforeEach(() => {
    globalThis.MessageChannel = CountingMessageChannel;
  });
  afterEach(() => {
    globalThis.MessageChannel = RealMessageChannel;
    onPause = () => {};
  });

  it('parses a feed above the threshold in slices, to the same items and problems as parseFeed', async () => {
    const body = largeFeed(SLICED_PARSE_MIN_ITEMS + 1_000);
    let pauses = 0;
    onPause = () => void pauses++;
    const target = storeFor(body);
    await target.load();
    const expected = parseFeed(JSON.parse(JSON.stringify(body)), { source: A });
    assert.equal(target.status, 'ready');
    assert.equal(target.model?.opportunities.length, SLICED_PARSE_MIN_ITEMS + 1_000);
    assert.deepEqual(target.problems, expected.problems);
    assert.deepEqual(target.model?.opportunities.map((item) => item.key), expected.opportunities.map((item) => item.key));
    assert.ok(pauses >= 5, `${pauses} pauses`);
  });

  it('parses a feed at the threshold in one go', async () => {
    let pauses = 0;
    onPause = () => void pauses++;
    const target = storeFor(largeFeed(SLICED_PARSE_MIN_ITEMS));
    await target.load();
    assert.equal(target.model?.opportunities.length, SLICED_PARSE_MIN_ITEMS);
    assert.equal(pauses, 0);
  });

  it('stops parsing when disposed part-way, and reports no load', async () => {
    const target = storeFor(largeFeed(SLICED_PARSE_MIN_ITEMS * 3));
    let pauses = 0;
    onPause = () => {
      if (++pauses === 2) target.dispose();
    };
    const reasons: string[] = [];
    target.subscribe((event) => reasons.push(event.reason));
    await target.load();
    assert.equal(pauses, 2, 'no pause after the dispose: the parse stopped');
    assert.deepEqual(reasons, ['loading']);
    assert.equal(target.model, undefined);
    assert.deepEqual(target.loadErrors, []);
    assert.equal(target.loadCount, 0);
  });
});
