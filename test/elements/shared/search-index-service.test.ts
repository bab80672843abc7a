// A calendar or map alone on a feed, with a text query in the store: until the page's shared search
// index is complete they show their loading state, never every opportunity as if it matched, then the
// matches. The index is built in idle callbacks, held here so the in-between state can be seen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/learning-calendar/define.js';
import type { LearningCalendar } from '../../../src/elements/learning-calendar/learning-calendar.js';
import '../../../src/elements/learning-feed/define.js';
import type { LearningFeed } from '../../../src/elements/learning-feed/learning-feed.js';
import '../../../src/elements/learning-map/define.js';
import type { LearningMap } from '../../../src/elements/learning-map/learning-map.js';
import { overrideSearchCodeLoader, searchIndexesCreated } from '../../../src/elements/shared/search-index-service.js';
import '../../../src/elements/learning-finder/define.js';
import type { LearningFinder } from '../../../src/elements/learning-finder/learning-finder.js';
import { FinderPage, freezeClock, freshFeed, textOf } from '../learning-finder/finder-page.js';

/** Queues idle callbacks (the index's build slices) until `release`. */
function holdIdleCallbacks(): { release: () => void } {
  const real = window.requestIdleCallback;
  const held: IdleRequestCallback[] = [];
  window.requestIdleCallback = ((callback: IdleRequestCallback) => held.push(callback)) as typeof requestIdleCallback;
  return {
    release() {
      window.requestIdleCallback = real;
      for (const callback of held.splice(0)) real(callback);
    },
  };
}

async function feedWith(template: ReturnType<typeof html>): Promise<LearningFeed> {
  const feed = await fixture<LearningFeed>(html`<learning-feed src=${freshFeed()} lang="en-GB">${template}</learning-feed>`);
  await waitUntil(() => feed.store?.status === 'ready', 'the feed did not load', { timeout: 8000 });
  return feed;
}

describe('a query in the store, before the shared search index is complete', () => {
  let restoreClock: () => void;
  let idle: { release: () => void } | undefined;
  beforeEach(() => {
    restoreClock = freezeClock();
  });
  afterEach(() => {
    idle?.release();
    idle = undefined;
    restoreClock();
  });

  it('<learning-calendar> shows that it is loading, then only the matches', async () => {
    const feed = await feedWith(html`<learning-calendar view="agenda" date="2026-12-01"></learning-calendar>`);
    const calendar = feed.querySelector<LearningCalendar>('learning-calendar')!;
    await calendar.updateComplete;
    const root = calendar.shadowRoot!;
    const titles = () => [...new Set([...root.querySelectorAll('button[part~="event"] .title')].map((title) => textOf(title)))].sort();
    expect(titles()).to.include.members(['Code Club', 'English conversation for beginners']);
    const indexesBefore = searchIndexesCreated();

    idle = holdIdleCallbacks();
    feed.store!.setFilters({ query: 'coding' });
    await waitUntil(() => textOf(root.querySelector('[role="status"].message')) === 'Loading events…', 'no loading state while the index builds');
    expect(titles(), 'events shown before the search could run').to.deep.equal([]);

    idle.release();
    await calendar.updateComplete;
    expect(root.querySelector('[role="status"].message')).to.equal(null);
    expect(titles()).to.deep.equal(['Code Club', '어린이 코딩 교실']);
    expect(searchIndexesCreated() - indexesBefore).to.equal(1);
    await expect(calendar).to.be.accessible();
  });

  it('<learning-map> fetches no tiles for the whole world while its first places wait for the index', async () => {
    idle = holdIdleCallbacks();
    const feed = await feedWith(html`<learning-map tiles="/__no-tiles/{z}/{x}/{y}.png" attribution="Test tiles" style="width: 900px"></learning-map>`);
    const map = feed.querySelector<LearningMap>('learning-map')!;
    feed.store!.setFilters({ query: 'coding' });
    await map.mapReady();
    const tiles = () => [...map.shadowRoot!.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((tile) => tile.src);
    await waitUntil(() => map.shadowRoot!.querySelector('.leaflet-container'), 'the map was not drawn');
    expect(tiles(), 'tiles fetched before the map knew where it would be').to.deep.equal([]);

    idle.release();
    await waitUntil(() => tiles().length > 0, 'no tiles once the matches were shown');
    const zooms = tiles().map((src) => Number(/__no-tiles\/(\d+)\//.exec(src)?.[1]));
    expect(Math.min(...zooms), 'tiles of the world view').to.be.greaterThan(8);
  });

  it('<learning-map> shows that it is loading, then only the places that match', async () => {
    const feed = await feedWith(html`<learning-map view="list" tiles="/__no-tiles/{z}/{x}/{y}.png" attribution="Test tiles" style="width: 900px"></learning-map>`);
    const map = feed.querySelector('learning-map')!;
    const root = map.shadowRoot!;
    const places = () => [...root.querySelectorAll('[part="list"] summary')].map((summary) => textOf(summary)).sort();
    await waitUntil(() => places().length === 4, 'the places were not listed');

    idle = holdIdleCallbacks();
    feed.store!.setFilters({ query: 'coding' });
    await waitUntil(() => textOf(root.querySelector('[part~="loading"]')) === 'Loading the map…', 'no loading state while the index builds');
    expect(places(), 'places shown before the search could run').to.deep.equal([]);

    idle.release();
    await waitUntil(() => places().length > 0, 'the matches were not listed');
    expect(root.querySelector('[part~="loading"]')).to.equal(null);
    expect(places()).to.deep.equal(['Sale Waterside — 1 opportunity', 'Stretford Public Hall — 1 opportunity']);
    await expect(map).to.be.accessible();
  });
});

// The search code is a chunk loaded on first need; if the network went away after the page loaded, that
// load fails. A view with a query must then say so and offer a new try, never sit in "Loading…" forever.
describe('a query when the search code cannot be loaded', () => {
  let restoreClock: () => void;
  let loads = 0;
  beforeEach(() => {
    restoreClock = freezeClock();
    loads = 0;
    overrideSearchCodeLoader(() => {
      loads++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
  });
  afterEach(() => {
    overrideSearchCodeLoader(undefined);
    restoreClock();
  });

  const failure = (root: ShadowRoot) => textOf(root.querySelector('[part~="error"] [role="alert"]'));
  const FAILED = 'Search could not load. Check your connection; it will try again by itself.';

  it('<learning-calendar> says the search could not load, then "Try again" shows the matches', async () => {
    const feed = await feedWith(html`<learning-calendar view="agenda" date="2026-12-01"></learning-calendar>`);
    const calendar = feed.querySelector<LearningCalendar>('learning-calendar')!;
    const root = calendar.shadowRoot!;
    const titles = () => [...new Set([...root.querySelectorAll('button[part~="event"] .title')].map((title) => textOf(title)))].sort();
    feed.store!.setFilters({ query: 'coding' });
    await waitUntil(() => failure(root) === FAILED, 'the failure was not shown');
    await calendar.updateComplete; // settles: a failed load is not "still loading"
    expect(root.querySelector('[role="status"].message'), 'still says it is loading').to.equal(null);
    expect(titles(), 'events shown as matches without a search').to.deep.equal([]);
    await expect(calendar).to.be.accessible();

    overrideSearchCodeLoader(undefined); // the network is back
    const retry = [...root.querySelectorAll('button')].find((button) => textOf(button) === 'Try again')!;
    retry.click();
    await waitUntil(() => titles().length > 0, 'the matches did not appear after "Try again"', { timeout: 8000 });
    expect(titles()).to.deep.equal(['Code Club', '어린이 코딩 교실']);
    expect(failure(root)).to.equal('');
    expect(loads).to.be.greaterThan(0);
  });

  it('<learning-map> says the search could not load, and tries again when the browser is back online', async () => {
    const feed = await feedWith(html`<learning-map view="list" tiles="/__no-tiles/{z}/{x}/{y}.png" attribution="Test tiles" style="width: 900px"></learning-map>`);
    const map = feed.querySelector('learning-map')!;
    const root = map.shadowRoot!;
    const places = () => [...root.querySelectorAll('[part="list"] summary')].map((summary) => textOf(summary)).sort();
    await waitUntil(() => places().length === 4, 'the places were not listed');
    feed.store!.setFilters({ query: 'coding' });
    await waitUntil(() => failure(root) === FAILED, 'the failure was not shown');
    expect(root.querySelector('[part~="loading"]'), 'still says it is loading').to.equal(null);
    expect(places(), 'places shown as matches without a search').to.deep.equal([]);
    await expect(map).to.be.accessible();

    overrideSearchCodeLoader(undefined);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => places().length > 0, 'the matches did not appear once online', { timeout: 8000 });
    expect(places()).to.deep.equal(['Sale Waterside — 1 opportunity', 'Stretford Public Hall — 1 opportunity']);
    expect(failure(root)).to.equal('');
  });

  it('<learning-finder> says the search could not load instead of "no results", and finds the matches after "Try again"', async () => {
    const root = await fixture<HTMLElement>(html`<div><learning-finder src=${freshFeed()} lang="en-GB"></learning-finder></div>`);
    const finder = root.querySelector<LearningFinder>('learning-finder')!;
    await waitUntil(() => finder.feedStatus === 'ready', 'the feed did not load', { timeout: 8000 });
    const page = new FinderPage(finder);
    await page.settle();
    await page.search('coding');
    await waitUntil(() => failure(page.root) === FAILED, 'the failure was not shown');
    expect(page.root.querySelector('.no-results'), '"no results" claimed without a search').to.equal(null);
    expect(page.root.querySelector('.indexing'), 'still "getting ready"').to.equal(null);
    await expect(finder).to.be.accessible();

    overrideSearchCodeLoader(undefined);
    const retry = [...page.root.querySelectorAll('button')].find((button) => textOf(button) === 'Try again')!;
    retry.click();
    await waitUntil(() => !finder.indexing, 'the search index was not built after "Try again"', { timeout: 15000 });
    await page.settle();
    expect(page.titles()).to.include.members(['Code Club', '어린이 코딩 교실']);
    expect(failure(page.root)).to.equal('');
  });
});
