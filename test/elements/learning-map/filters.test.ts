// Coordinated views: the filters live in the store, so whatever narrows them (a finder on the same
// page, here the store itself) changes the markers without any page script.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/learning-feed/define.js';
import type { LearningFeed } from '../../../src/elements/learning-feed/learning-feed.js';
import type { LearningMap } from '../../../src/elements/learning-map/learning-map.js';
import { CITY_FEED, MapPage, NO_TILES, textOf } from './map-page.js';

async function mapInFeed(): Promise<{ feed: LearningFeed; page: MapPage }> {
  const feed = await fixture<LearningFeed>(html`<learning-feed src=${CITY_FEED}>
    <learning-map lang="en" tiles=${NO_TILES} attribution="Test tiles" center="53.44,-2.31" zoom="13" style="width: 800px"></learning-map>
  </learning-feed>`);
  const page = new MapPage(feed.querySelector('learning-map') as LearningMap);
  await page.ready();
  return { feed, page };
}

function onlineSummary(page: MapPage): string {
  return textOf(page.root.querySelector('[data-section="online"] summary'));
}

describe('<learning-map> coordinated filtering', () => {
  it('reads the store of the enclosing <learning-feed>', async () => {
    const { feed, page } = await mapInFeed();
    expect(feed.store?.status).to.equal('ready');
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 opportunity', 'Town Hall — 2 opportunities']);
    await expect(page.element).to.be.accessible();
  });

  it('redraws markers and counts when the shared filters change', async () => {
    const { feed, page } = await mapInFeed();
    feed.store!.setFilters({ topics: ['digital-skills'] });
    await waitUntil(() => page.clusterNames().length === 0, 'the cluster did not go away');
    // Code club at Central Library, Digital help desk at Town Hall; the annex and museum drop out.
    expect(page.markerNames()).to.deep.equal(['Central Library — 1 opportunity', 'Town Hall — 1 opportunity']);
    expect(onlineSummary(page)).to.equal('Online only: 1 opportunity');

    feed.store!.setFilters({}, 'replace');
    await waitUntil(() => page.clusterNames().length === 1, 'the cluster did not come back');
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 opportunity', 'Town Hall — 2 opportunities']);
  });

  it('applies a text query from the store with its own search index', async () => {
    const { feed, page } = await mapInFeed();
    feed.store!.setFilters({ query: 'spanish' });
    await waitUntil(() => page.markerButtons().length === 1, 'the query did not narrow the markers');
    expect(page.markerNames()).to.deep.equal(['Town Hall — 1 opportunity']);
    expect(page.root.querySelector('[data-section="online"]')).to.equal(null);
  });

  it('says so when nothing matches, in the list', async () => {
    const { feed, page } = await mapInFeed();
    feed.store!.setFilters({ topics: ['no-such-topic'] });
    await waitUntil(() => page.markerButtons().length === 0, 'markers stayed');
    page.button('Show as a list').click();
    await page.settle();
    expect(textOf(page.root.querySelector('[part="list"]'))).to.equal('No places match.');
  });
});
