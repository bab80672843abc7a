import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFeeds } from '../../src/core/merge.js';
import { parseFeed } from '../../src/core/parse/index.js';

function feed(id: string | undefined, opportunities: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  return {
    version: '1.0',
    ...(id === undefined ? {} : { id }),
    timeZone: 'Europe/London',
    places: [{ id: 'hall', name: 'Hall' }],
    organizations: [{ id: 'org', name: 'Org', places: ['hall'] }],
    opportunities: opportunities.map((fields) => ({ location: 'hall', organizer: 'org', startDate: '2026-12-01', ...fields })),
    ...extra,
  };
}

describe('mergeFeeds', () => {
  it('keeps two partners\' same ids apart by feed key', () => {
    const model = mergeFeeds([
      parseFeed(feed('https://a.example/feed.json', [{ id: '1', name: 'A one' }])),
      parseFeed(feed('https://b.example/feed.json', [{ id: '1', name: 'B one' }])),
    ]);
    assert.deepEqual(model.opportunities.map((o) => o.key), ['https://a.example/feed.json#1', 'https://b.example/feed.json#1']);
    assert.deepEqual([...model.places.keys()], ['https://a.example/feed.json#hall', 'https://b.example/feed.json#hall']);
    assert.equal(model.organizations.get('https://b.example/feed.json#org')?.placeKeys[0], 'https://b.example/feed.json#hall');
    assert.equal(model.feeds.length, 2);
  });

  it('re-keys the second of two different feeds with the same key, references included, and warns', () => {
    const model = mergeFeeds([
      parseFeed(feed(undefined, [{ id: '1', name: 'First' }])),
      parseFeed(feed(undefined, [{ id: '1', name: 'Second' }]), { source: 'second.json', feedKey: 'feed' }),
    ]);
    assert.deepEqual(model.opportunities.map((o) => o.key), ['feed#1', 'feed~2#1']);
    const second = model.opportunities[1]!;
    assert.equal(second.feedKey, 'feed~2');
    assert.equal(second.placeKey, 'feed~2#hall');
    assert.equal(second.organizerKey, 'feed~2#org');
    assert.ok(model.places.has('feed~2#hall'));
    assert.deepEqual(model.feeds.map((info) => info.key), ['feed', 'feed~2']);
    const warning = model.problems.find((problem) => problem.message.includes('feed~2'));
    assert.equal(warning?.severity, 'warning');
    assert.equal(warning?.source, 'second.json');
  });

  it('merges the pages of one feed: later pages replace items and delete earlier ones', () => {
    const page1 = parseFeed(
      feed('https://r.example/feed.json', [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }], { next: 'https://r.example/feed.json?page=2' }),
      { source: 'https://r.example/feed.json' },
    );
    const page2 = parseFeed(
      feed('https://r.example/feed.json', [{ id: 'b', name: 'B updated' }, { id: 'd', name: 'D' }], { deleted: ['c'] }),
      { source: 'https://r.example/feed.json?page=2' },
    );
    const model = mergeFeeds([page1, page2]);
    assert.deepEqual(model.opportunities.map((o) => [o.id, o.name.en]), [['a', 'A'], ['b', 'B updated'], ['d', 'D']]);
    assert.equal(model.feeds.length, 1);
    assert.equal(model.feeds[0]!.next, undefined);
    assert.deepEqual(model.feeds[0]!.deleted, ['c']);
  });

  it('concatenates the problems of every feed', () => {
    const model = mergeFeeds([
      parseFeed(feed('https://a.example/f.json', [{ id: 'x', name: 'X', startDate: 'soon' }]), { source: 'a.json' }),
      parseFeed(feed('https://b.example/f.json', [{ id: 'y' }]), { source: 'b.json' }),
    ]);
    assert.deepEqual(model.problems.map((problem) => [problem.source, problem.pointer]), [
      ['a.json', '/opportunities/0/startDate'],
      ['b.json', '/opportunities/0/name'],
    ]);
  });

  it('merges nothing into an empty model', () => {
    const model = mergeFeeds([]);
    assert.deepEqual(model, { feeds: [], organizations: new Map(), places: new Map(), opportunities: [], problems: [] });
  });
});
