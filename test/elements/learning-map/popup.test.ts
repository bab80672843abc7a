import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LearningOpportunityCard } from '../../../src/elements/shared/opportunity-card.js';
import type { LearningSelectDetail } from '../../../src/elements/shared/events.js';
import type { LearningFilterChangeDetail } from '../../../src/elements/learning-map/events.js';
import { CITY_FEED, FEED_KEY, MapPage, NO_TILES, press, textOf } from './map-page.js';

function streetMap(): Promise<MapPage> {
  // Street level around Central Library: every place there stands alone.
  return MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"
    center="53.4247,-2.3218" zoom="18" style="width: 800px"></learning-map>`);
}

function cardTitles(container: ParentNode): string[] {
  return [...container.querySelectorAll<LearningOpportunityCard>('learning-opportunity-card')].map((card) =>
    textOf(card.shadowRoot?.querySelector('.title')),
  );
}

describe('<learning-map> place popups', () => {
  it('opens a popup with the shared card of everything on at the place', async () => {
    const page = await streetMap();
    page.marker('Central Library').click();
    const popup = await page.waitForPopup();
    expect(textOf(popup.querySelector('.popup-heading'))).to.equal('Central Library');
    expect(textOf(popup)).to.contain('Tatton Road, Sale');
    expect(textOf(popup)).to.contain('3 opportunities');
    await waitUntil(() => cardTitles(popup).length === 3 && cardTitles(popup).every(Boolean), 'cards did not render');
    expect(cardTitles(popup)).to.deep.equal(['Code club', 'Story time', 'Knit and natter']);
    await expect(page.element).to.be.accessible();
  });

  it('fires learning-select (bubbling, composed) when a card in the popup is chosen', async () => {
    const page = await streetMap();
    page.marker('Library Annex').click();
    const popup = await page.waitForPopup();
    await waitUntil(() => cardTitles(popup)[0] === 'Poetry morning', 'card did not render');
    const card = popup.querySelector<LearningOpportunityCard>('learning-opportunity-card')!;
    const heard = oneEvent(document, 'learning-select');
    card.shadowRoot!.querySelector<HTMLButtonElement>('.title')!.click();
    const event = (await heard) as CustomEvent<LearningSelectDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.opportunity.id).to.equal('poetry');
  });

  it('opens with Enter, moves focus into the popup, and Escape returns focus to the marker', async () => {
    const page = await streetMap();
    const marker = page.marker('Central Library');
    marker.focus();
    await press('Enter');
    const popup = await page.waitForPopup();
    expect(popup.contains(page.focused())).to.equal(true);
    expect(textOf(page.focused())).to.equal('Show what’s on here');
    await press('Escape');
    await waitUntil(() => page.popup() === null, 'the popup stayed open');
    expect(page.focused()).to.equal(marker);
  });

  it('labels the popup close button and returns focus to the marker when it is used', async () => {
    const page = await streetMap();
    const marker = page.marker('Central Library');
    marker.focus();
    await press('Space');
    await page.waitForPopup();
    const close = page.root.querySelector<HTMLElement>('.popup-close')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    close.focus();
    await press('Enter');
    await waitUntil(() => page.popup() === null, 'the popup stayed open');
    expect(page.focused()).to.equal(marker);
  });

  it('"Show what’s on here" narrows the shared filters to the place and says so', async () => {
    const page = await streetMap();
    page.marker('Central Library').click();
    const popup = await page.waitForPopup();
    const heard = oneEvent(page.element, 'learning-filter-change');
    popup.querySelector<HTMLButtonElement>('.show-here')!.click();
    const event = (await heard) as CustomEvent<LearningFilterChangeDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.filters.places).to.deep.equal([`${FEED_KEY}#central-library`]);
    await page.settle();
    expect(textOf(page.root.querySelector('.message'))).to.equal('Showing what’s on at Central Library');
    // The map keeps every place: it is where the next place gets picked.
    expect(page.markerNames()).to.deep.equal(['Central Library — 3 opportunities', 'Library Annex — 1 opportunity']);
  });
});
