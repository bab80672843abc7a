import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { feedStoreContext } from '../../../src/data/context.js';
import type { FeedStore } from '../../../src/data/store.js';
import '../../../src/elements/learning-calendar/define.js';
import type { LearningCalendar } from '../../../src/elements/learning-calendar/learning-calendar.js';
import '../../../src/elements/learning-feed/define.js';
import type { LearningFinder } from '../../../src/elements/learning-finder/learning-finder.js';
import '../../../src/elements/learning-map/define.js';
import { searchIndexesCreated } from '../../../src/elements/shared/search-index-service.js';
import { FinderPage, freezeClock, freshFeed, textOf } from './finder-page.js';

/** Stands in for a map or calendar: it reads the shared store and nothing else. */
class FilterReader extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: feedStoreContext, subscribe: true });
  get store(): FeedStore | undefined {
    return this.consumer.value;
  }
}
customElements.define('test-finder-filter-reader', FilterReader);

describe('<learning-finder> inside <learning-feed>', () => {
  let restoreClock: () => void;
  beforeEach(() => {
    restoreClock = freezeClock();
  });
  afterEach(() => restoreClock());

  async function openFeed() {
    const feed = await fixture<HTMLElement>(html`<learning-feed src=${freshFeed()} lang="en-GB">
      <learning-finder id="main" style="width: 900px"></learning-finder>
      <learning-finder id="side" hide-search facets="cost topic" style="width: 320px"></learning-finder>
      <test-finder-filter-reader></test-finder-filter-reader>
    </learning-feed>`);
    const main = new FinderPage(feed.querySelector<LearningFinder>('#main')!);
    const side = new FinderPage(feed.querySelector<LearningFinder>('#side')!);
    await main.ready();
    await side.ready();
    return { feed, main, side, reader: feed.querySelector<FilterReader>('test-finder-filter-reader')! };
  }

  it('writes the visitor\'s filters to the shared store, so every view of the feed shows the same set', async () => {
    const { main, side, reader } = await openFeed();
    await main.search('coding');
    await main.toggle('cost', 'Free');
    expect(reader.store?.filters).to.deep.equal({ query: 'coding', cost: ['free'] });
    await side.settle();
    expect(side.titles()).to.deep.equal(main.titles());
    expect(side.titles()).to.deep.equal(['어린이 코딩 교실', 'Code Club']);
    // The side finder is narrow: its filters are folded, but they show the same ticks.
    expect(side.root.querySelector('details.filters')).to.not.equal(null);
    expect(side.facetOptions('cost').find((option) => option.label === 'Free')?.checked).to.equal(true);
    await expect(main.element).to.be.accessible();
    await expect(side.element).to.be.accessible();
  });

  it('follows filters another view sets on the store', async () => {
    const { main, reader } = await openFeed();
    reader.store!.setFilters({ topics: ['languages'] });
    await waitUntil(() => main.titles().length === 2, 'the finder did not follow the store');
    expect(main.titles()).to.deep.equal(['English conversation for beginners', 'British Sign Language taster']);
    expect(main.facetOptions('topic').find((option) => option.label === 'Languages')?.checked).to.equal(true);
  });

  it('returns focus to the opened result after another view changed the results under the detail', async () => {
    const { main, reader } = await openFeed();
    expect(main.titles()[1]).to.equal('English conversation for beginners');
    await main.openResult('English conversation for beginners');
    reader.store!.setFilters({ topics: ['languages'] });
    await waitUntil(() => main.titles().length === 2, 'the finder did not follow the store');
    // Its card moved up a place, and another result now shows where it was.
    expect(main.titles()).to.deep.equal(['English conversation for beginners', 'British Sign Language taster']);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => main.focusedCardTitle() === 'English conversation for beginners', `focus went to "${main.focusedCardTitle()}"`);
  });

  it('shares one search index with a calendar and a map on the feed, and the visitor\'s search narrows all three', async () => {
    const indexesBefore = searchIndexesCreated();
    const feed = await fixture<HTMLElement>(html`<learning-feed src=${freshFeed()} lang="en-GB">
      <learning-finder style="width: 900px"></learning-finder>
      <learning-calendar view="agenda" date="2026-12-01"></learning-calendar>
      <learning-map view="list" tiles="/__no-tiles/{z}/{x}/{y}.png" attribution="Test tiles" style="width: 900px"></learning-map>
    </learning-feed>`);
    const finder = new FinderPage(feed.querySelector<LearningFinder>('learning-finder')!);
    const calendar = feed.querySelector<LearningCalendar>('learning-calendar')!;
    const map = feed.querySelector('learning-map')!;
    await finder.ready();
    await calendar.updateComplete;
    await map.updateComplete;
    const eventTitles = () => [...new Set([...calendar.shadowRoot!.querySelectorAll('button[part~="event"] .title')].map((title) => textOf(title)))].sort();
    const places = () => [...map.shadowRoot!.querySelectorAll('[part="list"] summary')].map((summary) => textOf(summary)).sort();
    expect(eventTitles()).to.include.members(['Code Club', 'English conversation for beginners', 'Local history walk']);
    expect(places()).to.have.length(4);

    await finder.search('coding');
    await calendar.updateComplete;
    await waitUntil(() => places().length === 2, 'the map did not follow the search');
    expect(finder.titles()).to.deep.equal(['어린이 코딩 교실', 'Code Club']);
    expect(eventTitles()).to.deep.equal(['Code Club', '어린이 코딩 교실']);
    expect(places()).to.deep.equal(['Sale Waterside — 1 opportunity', 'Stretford Public Hall — 1 opportunity']);
    expect(searchIndexesCreated() - indexesBefore, 'search indexes built for one feed').to.equal(1);
  });

  it('leaves reporting a broken feed to <learning-feed> but still tells the visitor', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const feed = await fixture<HTMLElement>(html`<learning-feed src="/__fault/404?t=${Math.random()}"><learning-finder></learning-finder></learning-feed>`);
      const page = new FinderPage(feed.querySelector('learning-finder')!);
      await page.ready();
      expect(page.root.querySelector('[role="alert"]')?.textContent?.trim()).to.equal('This could not be loaded. Please try again later.');
      expect(errors.filter((message) => message.includes('<learning-finder>'))).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });
});
