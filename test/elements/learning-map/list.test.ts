import { expect, html, waitUntil } from '@open-wc/testing';
import type { LearningOpportunityCard } from '../../../src/elements/shared/opportunity-card.js';
import { CITY_FEED, MapPage, NO_TILES, press, textOf } from './map-page.js';

function cityMap(view = 'map'): Promise<MapPage> {
  return MapPage.open(
    html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles" view=${view} style="width: 900px"></learning-map>`,
    { markers: view === 'map' },
  );
}

function summaries(container: ParentNode): string[] {
  return [...container.querySelectorAll('summary')].map((summary) => textOf(summary));
}

async function cardTitles(container: ParentNode): Promise<string[]> {
  const cards = [...container.querySelectorAll<LearningOpportunityCard>('learning-opportunity-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards.map((card) => textOf(card.shadowRoot?.querySelector('.title')));
}

describe('<learning-map> list alternative and what is not on the map', () => {
  it('lists the same places and counts as the map, busiest first, behind a keyboard-reachable toggle', async () => {
    const page = await cityMap();
    const toggle = page.button('Show as a list');
    toggle.focus();
    await press('Enter');
    await page.settle();
    const list = page.root.querySelector('[part="list"]')!;
    expect(summaries(list)).to.deep.equal([
      'Central Library — 3 opportunities',
      'Town Hall — 2 opportunities',
      'Library Annex — 1 opportunity',
      'Stretford Museum — 1 opportunity',
    ]);
    expect((page.root.querySelector('.map') as HTMLElement).hidden).to.equal(true);
    expect(textOf(page.focused())).to.equal('Show the map');
    await expect(page.element).to.be.accessible();
  });

  it('can open on the list; a place opens to its cards and actions', async () => {
    const page = await cityMap('list');
    const first = page.root.querySelector<HTMLElement>('[part="list"] summary')!;
    first.focus();
    await press('Enter');
    await page.settle();
    const details = first.closest('details')!;
    expect(details.open).to.equal(true);
    expect(await cardTitles(details)).to.deep.equal(['Code club', 'Story time', 'Knit and natter']);
    expect([...details.querySelectorAll('.actions button')].map(textOf)).to.deep.equal(['Show on the map', 'Show what’s on here']);
    await expect(page.element).to.be.accessible();
  });

  it('"Show on the map" switches to the map and opens that place with focus inside', async () => {
    const page = await cityMap('list');
    const annex = [...page.root.querySelectorAll('[part="list"] details')].find((details) => textOf(details.querySelector('summary')).startsWith('Library Annex'))!;
    annex.querySelector('summary')!.click();
    await page.settle();
    annex.querySelector<HTMLButtonElement>('.actions button')!.click();
    const popup = await page.waitForPopup();
    expect(textOf(popup.querySelector('.popup-heading'))).to.equal('Library Annex');
    expect(page.markerNames()).to.include('Library Annex — 1 opportunity');
    expect(popup.contains(page.focused())).to.equal(true);
  });

  it('counts and lists online-only opportunities and those with no map position beside the map', async () => {
    const page = await cityMap();
    const aside = page.root.querySelector('aside.unmapped')!;
    expect(summaries(aside)).to.deep.equal(['Online only: 2 opportunities', 'Not on the map: 1 opportunity']);
    const online = aside.querySelector<HTMLDetailsElement>('[data-section="online"]')!;
    expect(online.open).to.equal(true);
    expect(await cardTitles(online)).to.deep.equal(['Python online', 'Online book club']);
    expect(await cardTitles(aside.querySelector('[data-section="without-position"]')!)).to.deep.equal(['Chess club']);
    await expect(page.element).to.be.accessible();
  });

  it('has a skip link that moves focus past the map', async () => {
    const page = await cityMap();
    const skip = page.root.querySelector<HTMLButtonElement>('.skip-link')!;
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(1);
    await press('Enter');
    expect(page.focused()?.id).to.equal('after-map');
    await press('Tab');
    // The next stop is past the map: the list of what is not on it.
    await waitUntil(() => page.focused()?.tagName === 'SUMMARY', 'focus did not move on past the map');
    expect(textOf(page.focused())).to.equal('Online only: 2 opportunities');
  });
});
