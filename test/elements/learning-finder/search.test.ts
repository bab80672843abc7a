import { expect, html, waitUntil } from '@open-wc/testing';
import { FinderPage, freezeClock, freshFeed, textOf } from './finder-page.js';

describe('<learning-finder> search', () => {
  let restoreClock: () => void;
  beforeEach(() => {
    restoreClock = freezeClock();
  });
  afterEach(() => restoreClock());

  async function open(attributes = ''): Promise<FinderPage> {
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed()} style="width: 900px"></learning-finder>`);
    if (attributes) page.element.setAttribute(attributes, '');
    return page;
  }

  it('shows every opportunity, soonest first, under a labelled search box', async () => {
    const page = await open();
    expect(page.searchInput().labels?.[0]?.textContent?.trim()).to.equal('Search learning opportunities');
    expect(page.root.querySelector('form[role="search"]')).to.not.equal(null);
    expect(page.titles()).to.deep.equal([
      'École des parents', 'English conversation for beginners', 'Local history walk', '어린이 코딩 교실', 'Code Club',
      'British Sign Language taster', 'Spreadsheets for work', 'Family pottery', 'Author talk',
    ]);
    expect(page.countText()).to.equal('9 results');
    await expect(page.element).to.be.accessible();
  });

  it('finds "english" from typed keys and announces the count politely, apart from the visible text', async () => {
    const page = await open();
    await page.search('english');
    expect(page.titles()).to.deep.equal(['English conversation for beginners']);
    expect(page.countText()).to.equal('1 result');
    const live = page.liveRegion();
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.contains(page.root.querySelector('.results-header .count'))).to.equal(false);
    await waitUntil(() => textOf(live) !== '', 'nothing was announced', { timeout: 3000 });
    expect(textOf(live)).to.equal('1 result for “english”');
    await expect(page.element).to.be.accessible();
  });

  it('announces only once typing has settled, not for every key', async () => {
    const page = await open();
    const announced: string[] = [];
    const observer = new MutationObserver(() => announced.push(textOf(page.liveRegion())));
    observer.observe(page.liveRegion(), { childList: true, subtree: true, characterData: true });
    await page.search('spread');
    await waitUntil(() => announced.length > 0, 'nothing was announced', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    observer.disconnect();
    expect(announced).to.deep.equal(['1 result for “spread”']);
  });

  it('ignores accents: "ecole" finds "École des parents"', async () => {
    const page = await open();
    await page.search('ecole');
    expect(page.titles()).to.deep.equal(['École des parents']);
  });

  it('finds a Korean title, and the coding topic by its Korean name', async () => {
    const page = await open();
    await page.search('코딩');
    expect(page.titles()[0]).to.equal('어린이 코딩 교실');
    // "코딩" is the Korean label of the "coding" topic, which Code Club has.
    expect(page.titles()).to.include('Code Club');
    expect(page.titles()).to.not.include('English conversation for beginners');
  });

  it('"coding for kids" still lists the coding clubs although no listing says "kids"', async () => {
    const page = await open();
    await page.search('coding for kids');
    // Every word must match first; when none does, any word may (core's fallback), so a stray word never empties the list.
    expect(page.titles()).to.include.members(['Code Club', '어린이 코딩 교실']);
    expect(page.titles()).to.not.include('Family pottery');
  });

  it('clearing the search brings everything back', async () => {
    const page = await open();
    await page.search('pottery');
    expect(page.titles()).to.deep.equal(['Family pottery']);
    await page.search('');
    expect(page.titles()).to.have.length(9);
  });

  it('starts from the query attribute and can hide the search box', async () => {
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed()} query="spreadsheets" hide-search></learning-finder>`);
    expect(page.root.querySelector('input[type="search"]')).to.equal(null);
    expect(page.titles()).to.deep.equal(['Spreadsheets for work']);
    await expect(page.element).to.be.accessible();
  });
});
