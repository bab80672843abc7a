import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LearningFinder } from '../../../src/elements/learning-finder/learning-finder.js';
import { FinderPage, freezeClock, freshFeed, textOf } from './finder-page.js';
import { generatedModel, storeWith } from './generated-feed.js';

/** Every node in the element's shadow tree, cards' shadow trees included. */
function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

describe('<learning-finder> results, detail and states', () => {
  let restoreClock: () => void;
  beforeEach(() => {
    restoreClock = freezeClock();
  });
  afterEach(() => restoreClock());

  it('opens a result\'s detail with focus on its heading, and Back returns focus to the card without moving the list', async () => {
    const container = await fixture<HTMLElement>(html`<div><div style="height: 1500px"></div>
      <learning-finder lang="en-GB" src=${freshFeed()} style="width: 900px"></learning-finder><div style="height: 1500px"></div></div>`);
    const page = new FinderPage(container.querySelector<LearningFinder>('learning-finder')!);
    await page.ready();
    page.card('Code Club').scrollIntoView({ block: 'center' });
    const scrollBefore = window.scrollY;
    const selected: string[] = [];
    container.addEventListener('learning-select', (event) => selected.push((event as CustomEvent).detail.opportunity.id));
    await page.openResult('Code Club');
    expect(selected).to.deep.equal(['code-club']);
    expect(page.focusedHeading()).to.equal('Code Club');
    expect(page.dialog()!.getAttribute('aria-label')).to.equal('Code Club');
    await expect(page.element).to.be.accessible();
    await page.press('Back to results', page.dialog()!);
    await waitUntil(() => page.focusedCardTitle() === 'Code Club', 'focus did not return to the card');
    expect(page.dialog()).to.equal(null);
    expect(window.scrollY).to.equal(scrollBefore);
  });

  it('Escape closes the detail too, and focus goes back to the card', async () => {
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed()}></learning-finder>`);
    await page.openResult('Family pottery');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => page.focusedCardTitle() === 'Family pottery', 'focus did not return to the card');
  });

  it('offers one-click ways out of "no results"', async () => {
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed()} style="width: 900px"></learning-finder>`);
    await page.toggle('attendanceMode', 'Online');
    // Only values that would still find something are offered, so "Today" has to come second.
    await page.pickDates('Today');
    expect(page.titles()).to.deep.equal([]);
    expect(textOf(page.root.querySelector('.no-results'))).to.contain('Nothing matches all of these filters.');
    const ways = [...page.root.querySelectorAll('.ways-out button')].map((button) => textOf(button));
    expect(ways).to.deep.equal(['Look further ahead', 'Any date', 'Remove “Online”', 'Clear all filters']);
    await expect(page.element).to.be.accessible();
    await page.press('Any date');
    expect(page.titles()).to.deep.equal(['Spreadsheets for work']);
    await page.search('zzzz');
    await page.press('Clear the search “zzzz”');
    expect(page.titles()).to.deep.equal(['Spreadsheets for work']);
    expect(page.searchInput().value).to.equal('');
  });

  it('folds the filters into a disclosure in a 320 px sidebar without overflowing it', async () => {
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed()} style="width: 320px" layout="grid"></learning-finder>`);
    const details = page.root.querySelector<HTMLDetailsElement>('details.filters')!;
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('summary'))).to.equal('Filters');
    (details.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(details.open).to.equal(true);
    await page.toggle('cost', 'Free');
    expect(textOf(details.querySelector('summary'))).to.equal('Filters (1 active)');
    const finder = page.root.querySelector<HTMLElement>('.finder')!;
    expect(finder.scrollWidth).to.be.at.most(320);
    await expect(page.element).to.be.accessible();
  });

  it('shows a skeleton while loading, then the results', async () => {
    const el = await fixture<LearningFinder>(html`<learning-finder lang="en-GB"
      src="/__fault/slow?ms=1200&file=libraries.json&t=${Math.random()}"></learning-finder>`);
    await el.updateComplete;
    const loading = el.shadowRoot!.querySelector('.state.loading');
    expect(loading).to.not.equal(null);
    expect(textOf(loading)).to.equal('Loading…');
    await expect(el).to.be.accessible();
    const page = new FinderPage(el);
    await page.ready();
    expect(page.titles()).to.include('Code Club');
  });

  it('says so plainly when there is nothing listed', async () => {
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed('/test/fixtures/finder/empty.json')}></learning-finder>`);
    expect(textOf(page.root.querySelector('.state.empty'))).to.equal('Nothing is listed yet.');
    await expect(page.element).to.be.accessible();
  });

  it('on its own, reports a broken feed to the webmaster (console and event) and tells the visitor simply', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    const events: Array<{ url: string; kind: string; message: string }> = [];
    try {
      const page = await FinderPage.open(
        html`<div @learning-feed-error=${(event: CustomEvent) => events.push(event.detail)}>
          <learning-finder lang="en-GB" src="/__fault/404?t=${Math.random()}"></learning-finder></div>`,
        (root) => root.querySelector('learning-finder')!,
      );
      await waitUntil(() => events.length > 0, 'no learning-feed-error event');
      expect(textOf(page.root.querySelector('[role="alert"]'))).to.equal('This could not be loaded. Please try again later.');
      expect(events).to.have.length(1);
      expect(events[0]!.kind).to.equal('http');
      expect(events[0]!.url).to.match(/\/__fault\/404/);
      expect(errors.some((message) => message.startsWith('<learning-finder>') && message.includes('404'))).to.equal(true);
      await expect(page.element).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('keeps the DOM bounded with 100 000 results: pages of cards, the oldest dropped as more are shown', async function (this: { timeout(ms: number): void }) {
    // Building and indexing 100k items is slow on a busy CI machine; the point here is the DOM, not speed (see bench/).
    this.timeout(180_000);
    const store = await storeWith(generatedModel(100_000));
    const provider = await fixture<HTMLElement & { store: unknown }>(html`<test-finder-feed-provider .store=${store}>
      <learning-finder lang="en-GB" page-size="25" style="width: 900px"></learning-finder></test-finder-feed-provider>`);
    const page = new FinderPage(provider.querySelector<LearningFinder>('learning-finder')!);
    await waitUntil(() => page.cards().length === 25, 'no first results', { timeout: 60_000 });
    // First results come from the filters alone while the search index is still being built.
    expect(page.element.indexing).to.equal(true);
    await waitUntil(() => !page.element.indexing, 'the index was not built', { timeout: 120_000 });
    await page.settle();
    expect(page.countText()).to.equal('100,000 results');
    const firstNodes = countNodes(page.root);
    expect(firstNodes).to.be.below(2500);
    for (let click = 0; click < 8; click++) await page.press('Show 25 more');
    expect(page.cards()).to.have.length(125);
    expect(countNodes(page.root)).to.be.below(firstNodes * 6);
    expect(page.root.querySelector('.page-button.earlier')).to.not.equal(null);
    expect(textOf(page.root.querySelector('.showing'))).to.equal('Showing 101–225 of 100,000');
    await page.search('gardening');
    expect(page.countText()).to.equal('12,500 results');
    expect(page.cards()).to.have.length(25);
    await expect(page.element).to.be.accessible();
  });
});
