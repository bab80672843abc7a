import { expect, html } from '@open-wc/testing';
import { readViewFromParams, writeViewToParams, resolveReferences, hasViewParams, urlPrefix } from '../../../src/elements/learning-finder/url-state.js';
import type { FeedModel } from '../../../src/core/model.js';
import { FinderPage, freezeClock, freshFeed } from './finder-page.js';

describe('<learning-finder> URL state (pure functions)', () => {
  it('round-trips every filter and the sort, keeping the host page\'s parameters', () => {
    const view = {
      filters: {
        query: 'coding for kids', topics: ['coding', 'digital-skills'], audience: ['children'], cost: ['free' as const],
        attendanceModes: ['online' as const], languages: ['ko'], accessibility: ['hearing-loop'],
        organizations: ['feed#sale-library'], places: ['feed#stretford-hall'],
        dates: { from: '2026-12-01', to: '2026-12-24' },
        near: { latitude: 53.4246, longitude: -2.3223, radiusKm: 2, label: 'Sale Waterside' },
      },
      sort: 'distance' as const,
    };
    const params = writeViewToParams(view, new URLSearchParams('page=7&lf-topic=old&utm_source=news'));
    expect(params.get('page')).to.equal('7');
    expect(params.get('utm_source')).to.equal('news');
    expect(params.getAll('lf-topic')).to.deep.equal(['coding', 'digital-skills']);
    expect(readViewFromParams(params)).to.deep.equal(view);
    expect(hasViewParams(new URLSearchParams('page=7'))).to.equal(false);
  });

  it('writes a date preset, never a "near me" position, and drops nonsense on reading', () => {
    const params = writeViewToParams({ filters: { dates: { preset: 'this-weekend' }, near: { latitude: 53.1, longitude: -2.2, radiusKm: 5 } } }, new URLSearchParams());
    expect(params.toString()).to.equal('lf-when=this-weekend');
    const read = readViewFromParams(new URLSearchParams('lf-cost=cheap&lf-cost=free&lf-when=someday&lf-from=2026-13&lf-sort=random&lf-mode=online'));
    expect(read).to.deep.equal({ filters: { cost: ['free'], attendanceModes: ['online'] } });
    expect(urlPrefix('')).to.equal('lf-');
    expect(urlPrefix('jobs-')).to.equal('jobs-');
  });

  it('maps ids in a shared link back to the keys of the loaded feeds', () => {
    const model = {
      organizations: new Map([['a#lib', { key: 'a#lib', id: 'lib' }], ['b#lib', { key: 'b#lib', id: 'lib' }]]),
      places: new Map([['a#hall', { key: 'a#hall', id: 'hall' }]]),
    } as unknown as FeedModel;
    expect(resolveReferences({ organizations: ['lib'], places: ['hall', 'gone'] }, model)).to.deep.equal({
      organizations: ['a#lib', 'b#lib'], places: ['a#hall', 'gone'],
    });
  });
});

describe('<learning-finder sync-url>', () => {
  let restoreClock: () => void;
  let originalUrl: string;
  beforeEach(() => {
    restoreClock = freezeClock();
    originalUrl = location.href;
  });
  afterEach(() => {
    restoreClock();
    history.replaceState(history.state, '', originalUrl);
  });

  const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

  it('writes the visitor\'s filters to the address with the lf- prefix and restores them on Back', async () => {
    const hostParams = new URLSearchParams(location.search);
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" sync-url src=${freshFeed()} style="width: 1000px"></learning-finder>`);
    await page.toggle('cost', 'Free');
    await page.toggle('organization', 'Sale Library');
    const params = new URLSearchParams(location.search);
    expect(params.getAll('lf-cost')).to.deep.equal(['free']);
    expect(params.getAll('lf-org')).to.deep.equal(['sale-library']);
    for (const [name, value] of hostParams) expect(params.get(name)).to.equal(value);
    expect(page.titles()).to.deep.equal(['Local history walk', '어린이 코딩 교실', 'Code Club', 'Author talk']);

    const back = popped();
    history.back();
    await back;
    await page.settle();
    expect(new URLSearchParams(location.search).getAll('lf-org')).to.deep.equal([]);
    expect(page.facetOptions('cost').find((option) => option.label === 'Free')?.checked).to.equal(true);
    expect(page.titles()).to.have.length(6);
    await expect(page.element).to.be.accessible();
  });

  it('Back to the address the page opened with restores the page\'s presets', async () => {
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" sync-url topics="coding" src=${freshFeed()} style="width: 1000px"></learning-finder>`);
    await page.toggle('cost', 'Free');
    expect(new URLSearchParams(location.search).getAll('lf-topic')).to.deep.equal(['coding']);
    const back = popped();
    history.back();
    await back;
    await page.settle();
    expect(page.facetOptions('topic').find((option) => option.label === 'Coding')?.checked).to.equal(true);
    expect(page.facetOptions('cost').every((option) => !option.checked)).to.equal(true);
    expect(page.titles()).to.deep.equal(['어린이 코딩 교실', 'Code Club']);
  });

  it('a shared link opens the same view, search and sort included', async () => {
    const params = new URLSearchParams(location.search);
    params.set('lf-q', 'coding');
    params.append('lf-audience', 'children');
    params.set('lf-sort', 'name');
    history.replaceState(history.state, '', `${location.pathname}?${params}`);
    const page = await FinderPage.open(html`<learning-finder lang="en-GB" sync-url src=${freshFeed()} topics="arts-crafts"></learning-finder>`);
    expect(page.searchInput().value).to.equal('coding');
    expect(page.sortValue()).to.equal('name');
    // The link wins over the page's presets.
    expect(page.facetOptions('topic').find((option) => option.label === 'Arts and crafts')?.checked ?? false).to.equal(false);
    expect(page.titles()).to.deep.equal(['Code Club', '어린이 코딩 교실']);
    await expect(page.element).to.be.accessible();
  });
});
