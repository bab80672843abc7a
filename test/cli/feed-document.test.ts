import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFeeds } from '../../src/core/merge.js';
import { parseFeed } from '../../src/core/parse/index.js';
import type { Opportunity, ParsedFeed } from '../../src/core/model.js';
import { isoDuration, toFeedDocument } from '../../src/cli/feed-document.js';
import { fixtureText } from './run-cli.js';

/** The model without the parts that name the feed (keys change when ids are namespaced). */
function comparable(feed: ParsedFeed): unknown {
  const strip = (key: string | undefined) => key?.replace(/^.*#/, '');
  return {
    organizations: feed.organizations.map(({ key: _key, feedKey: _feedKey, placeKeys, ...rest }) => ({ ...rest, id: strip(rest.id), placeKeys: placeKeys.map(strip) })),
    places: feed.places.map(({ key: _key, feedKey: _feedKey, ...rest }) => ({ ...rest, id: strip(rest.id) })),
    opportunities: feed.opportunities.map(({ key: _key, feedKey: _feedKey, organizerKey, placeKey, ...rest }: Opportunity) => ({
      ...rest,
      id: strip(rest.id),
      organizerKey: strip(organizerKey),
      placeKey: strip(placeKey),
    })),
  };
}

describe('toFeedDocument', () => {
  it('writes a feed that reads back to the same opportunities, places and organizations', () => {
    const original = parseFeed(fixtureText('rich.json'), { source: 'rich.json' });
    assert.deepEqual(original.problems, []);
    const written = toFeedDocument(mergeFeeds([original]), { id: 'https://example.org/merged.json' });
    const reread = parseFeed(JSON.parse(JSON.stringify(written)), { source: 'merged.json' });
    assert.deepEqual(reread.problems, []);
    assert.deepEqual(comparable(reread), comparable(original));
  });

  it('keeps the single feed\'s name, language, zone, licence and newest modified date', () => {
    const written = toFeedDocument(mergeFeeds([parseFeed(fixtureText('rich.json'))]));
    assert.deepEqual(written.name, { en: 'Rich Feed', ar: 'موجز غني' });
    assert.equal(written.language, 'en');
    assert.equal(written.timeZone, 'Europe/London');
    assert.equal(written.license, 'CC-BY-4.0');
    assert.equal(written.modified, '2026-01-02T03:04:05Z');
  });

  it('writes plain strings for text only in the feed language and maps otherwise', () => {
    const written = toFeedDocument(mergeFeeds([parseFeed(fixtureText('rich.json'))]));
    const course = written.opportunities!.find((item) => item.id.endsWith('#history-course'))!;
    assert.equal(course.name, 'Local History');
    assert.deepEqual(course.description, { en: 'Ten weeks.', ur: 'دس ہفتے' });
  });
});

describe('isoDuration', () => {
  it('writes hours, minutes and seconds, and whole days for all-day lengths', () => {
    assert.equal(isoDuration(5400, false), 'PT1H30M');
    assert.equal(isoDuration(45, false), 'PT45S');
    assert.equal(isoDuration(0, false), 'PT0S');
    assert.equal(isoDuration(90_000, false), 'P1DT1H');
    assert.equal(isoDuration(172_800, true), 'P2D');
  });
});
