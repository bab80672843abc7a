import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mergeFeeds } from '../../../src/core/merge.js';
import type { FeedModel } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { designatedLighthousePlaces, groupByPlace } from '../../../src/core/map/index.js';

const FEED_KEY = 'https://example.org/map-fixture.json';
const key = (id: string) => `${FEED_KEY}#${id}`;
const ids = (keys: readonly string[]) => keys.map((value) => value.slice(FEED_KEY.length + 1));

function cityModel(): FeedModel {
  const feed = parseFeed(JSON.parse(readFileSync(new URL('../../fixtures/map/city.json', import.meta.url), 'utf8')));
  assert.deepEqual(feed.problems, []);
  return mergeFeeds([feed]);
}

describe('groupByPlace', () => {
  it('gathers opportunities by the place they happen at, with how many each place has', () => {
    const contents = groupByPlace(cityModel());
    const summary = contents.places.map((group) => [group.place.id, ids(group.opportunities.map((item) => item.key))]);
    assert.deepEqual(summary, [
      ['central-library', ['code-club', 'story-time', 'knitting']],
      ['library-annex', ['poetry']],
      ['town-hall', ['spanish', 'digital-help']],
      ['museum', ['local-history']],
    ]);
    assert.deepEqual(contents.places[0]?.position, { latitude: 53.4246, longitude: -2.3221 });
  });

  it('keeps online-only opportunities and ones at a place with no position instead of dropping them', () => {
    const contents = groupByPlace(cityModel());
    assert.deepEqual(ids(contents.onlineOnly.map((item) => item.key)), ['online-python', 'online-book-club']);
    assert.deepEqual(ids(contents.withoutPosition.map((item) => item.key)), ['chess']);
  });

  it('groups only the opportunities it is given (the filtered ones) and ignores unknown keys', () => {
    const contents = groupByPlace(cityModel(), [key('spanish'), key('online-python'), key('no-such-thing')]);
    assert.deepEqual(contents.places.map((group) => group.place.id), ['town-hall']);
    assert.equal(contents.places[0]?.opportunities.length, 1);
    assert.deepEqual(ids(contents.onlineOnly.map((item) => item.key)), ['online-python']);
    assert.deepEqual(contents.withoutPosition, []);
  });

  it('gives nothing on the map for an empty selection', () => {
    const contents = groupByPlace(cityModel(), []);
    assert.deepEqual(contents, { places: [], onlineOnly: [], withoutPosition: [] });
  });
});

describe('designatedLighthousePlaces', () => {
  it('returns the places of designated lighthouses only (not candidates, not plain organizations)', () => {
    const rings = designatedLighthousePlaces(cityModel());
    assert.deepEqual(rings, [
      { organizationKey: key('central-library'), placeKey: key('central-library'), position: { latitude: 53.4246, longitude: -2.3221 } },
    ]);
  });

  it('skips a designated lighthouse whose place has no position', () => {
    const model = cityModel();
    const library = model.organizations.get(key('central-library'))!;
    model.organizations.set(library.key, { ...library, placeKeys: [key('community-centre')] });
    assert.deepEqual(designatedLighthousePlaces(model), []);
  });
});
