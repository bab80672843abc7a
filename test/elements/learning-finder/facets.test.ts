import { expect, html } from '@open-wc/testing';
import type { LearningFilterChangeDetail } from '../../../src/elements/learning-finder/events.js';
import { FinderPage, freezeClock, freshFeed } from './finder-page.js';

describe('<learning-finder> facets', () => {
  let restoreClock: () => void;
  beforeEach(() => {
    restoreClock = freezeClock();
  });
  afterEach(() => restoreClock());

  async function open(extra: { facets?: string; topics?: string; audience?: string } = {}): Promise<FinderPage> {
    return FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed()} style="width: 1000px"
      facets=${extra.facets ?? ''} topics=${extra.topics ?? ''} audience=${extra.audience ?? ''}></learning-finder>`);
  }

  it('shows each facet as a native fieldset with a legend and live counts', async () => {
    const page = await open();
    const legends = [...page.root.querySelectorAll('fieldset[part~="facet"] > legend')].map((legend) => legend.textContent?.trim());
    expect(legends).to.deep.equal(['When', 'Distance', 'Topic', 'Who it is for', 'Cost', 'How it is held', 'Language', 'Accessibility', 'Organised by', 'Place']);
    expect(page.facetCounts('cost')).to.deep.equal({ Free: 6, Paid: 3 });
    expect(page.facetCounts('attendanceMode')).to.deep.equal({ 'In person': 7, 'In person and online': 1, Online: 1 });
    await expect(page.element).to.be.accessible();
  });

  it('topic: ticking "Coding" with the keyboard narrows the results; counts of other topics stay disjunctive', async () => {
    const page = await open();
    await page.toggle('topic', 'Coding');
    expect(page.titles()).to.deep.equal(['어린이 코딩 교실', 'Code Club']);
    const topics = page.facetOptions('topic');
    expect(topics.find((option) => option.label === 'Coding')).to.deep.equal({ label: 'Coding', count: 2, checked: true });
    // Ticking a second topic would add items: its count is what it would bring, not zero.
    expect(topics.find((option) => option.label === 'Languages')?.count).to.equal(2);
    await page.toggle('topic', 'Languages');
    expect(page.titles()).to.have.length(4);
    // Within a facet it is OR; across facets it is AND.
    expect(page.facetCounts('audience')).to.deep.equal({ Adults: 2, Children: 2, Newcomers: 1 });
  });

  it('audience, cost and attendance mode combine with AND', async () => {
    const page = await open();
    await page.toggle('audience', 'Adults');
    expect(page.titles()).to.deep.equal(['English conversation for beginners', 'Local history walk', 'British Sign Language taster', 'Spreadsheets for work', 'Author talk']);
    await page.toggle('cost', 'Paid');
    expect(page.titles()).to.deep.equal(['Spreadsheets for work']);
    await page.toggle('cost', 'Paid');
    await page.toggle('attendanceMode', 'Online');
    expect(page.titles()).to.deep.equal(['Spreadsheets for work']);
    expect(page.facetCounts('cost')).to.deep.equal({ Paid: 1 });
  });

  it('language, accessibility (of the session or its venue), organization and place', async () => {
    const page = await open();
    await page.toggle('language', 'French');
    expect(page.titles()).to.deep.equal(['École des parents']);
    await page.toggle('language', 'French');
    await page.toggle('accessibility', 'Hearing loop');
    expect(page.titles()).to.deep.equal(['Code Club', 'Author talk']);
    await page.toggle('accessibility', 'Hearing loop');
    await page.toggle('organization', 'Trafford College');
    expect(page.titles()).to.deep.equal(['English conversation for beginners', 'Spreadsheets for work']);
    await page.toggle('place', 'Stretford Public Hall');
    expect(page.titles()).to.deep.equal(['English conversation for beginners']);
    await expect(page.element).to.be.accessible();
  });

  it('folds long lists behind "Show all" and always keeps ticked values visible', async () => {
    const page = await open();
    expect(page.facetOptions('topic')).to.have.length(6);
    const more = page.button('Show all 8', page.fieldset('topic')!);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await page.press('Show all 8', page.fieldset('topic')!);
    expect(page.facetOptions('topic')).to.have.length(8);
    await page.toggle('topic', 'Books and reading');
    await page.press('Show fewer', page.fieldset('topic')!);
    expect(page.facetOptions('topic').map((option) => option.label)).to.include('Books and reading');
  });

  it('fires learning-filter-change for the visitor, not when the filters are set by code', async () => {
    const page = await open();
    const heard: LearningFilterChangeDetail[] = [];
    page.element.addEventListener('learning-filter-change', (event) => heard.push(event.detail));
    await page.toggle('cost', 'Free');
    expect(heard).to.have.length(1);
    expect(heard[0]!.filters.cost).to.deep.equal(['free']);
    const store = (page.element as unknown as { feed: { store: { setFilters(filters: object): void } } }).feed.store;
    store.setFilters({ cost: ['paid'] });
    await page.settle();
    expect(heard).to.have.length(1);
    expect(page.facetOptions('cost').find((option) => option.label === 'Paid')?.checked).to.equal(true);
  });

  it('shows only the facets named in "facets", in that order, and starts from topic and audience presets', async () => {
    const page = await open({ facets: 'cost topic', topics: 'coding', audience: 'children' });
    const groups = [...page.root.querySelectorAll('fieldset[part~="facet"]')].map((fieldset) => fieldset.getAttribute('data-facet'));
    expect(groups).to.deep.equal(['cost', 'topic']);
    expect(page.titles()).to.deep.equal(['어린이 코딩 교실', 'Code Club']);
    expect(page.facetOptions('topic').find((option) => option.label === 'Coding')?.checked).to.equal(true);
    await expect(page.element).to.be.accessible();
  });

  it('warns the webmaster about a facet name it does not know, and shows the ones it does', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const page = await open({ facets: 'cost, prices-please' });
      expect([...page.root.querySelectorAll('fieldset[part~="facet"]')].map((fieldset) => fieldset.getAttribute('data-facet'))).to.deep.equal(['cost']);
      expect(warnings.filter((warning) => warning.startsWith('<learning-finder>'))).to.deep.equal([
        '<learning-finder>: facets="cost, prices-please" names no group called prices-please. Known: date distance topic audience cost attendance-mode language accessibility organization place.',
      ]);
    } finally {
      console.warn = original;
    }
  });

  it('marks cancelled and past opportunities on their cards', async () => {
    const page = await open();
    expect(page.cardText('Local history walk')).to.contain('Cancelled');
    expect(page.cardText('Author talk')).to.contain('Past');
    expect(page.cardText('Code Club')).to.not.contain('Cancelled');
  });
});
