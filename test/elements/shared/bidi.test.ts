import { expect, fixture, html } from '@open-wc/testing';
import { mergeFeeds } from '../../../src/core/merge.js';
import type { FeedModel } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import '../../../src/elements/shared/define-parts.js';
import { messageWithIsolated } from '../../../src/elements/shared/bidi.js';
import type { LearningOpportunityCard } from '../../../src/elements/shared/opportunity-card.js';
import type { LearningOpportunityDetail } from '../../../src/elements/shared/opportunity-detail.js';
import { NOW, opportunity } from './sample-model.js';

const ARABIC_CENTRE = 'مركز النور';
const ARABIC_STREET = 'شارع الملك ١٢';

/** An English-titled class run by an organization with an Arabic name, in a place with an Arabic address. */
function mixedModel(): FeedModel {
  const feed = {
    version: '1.0',
    id: 'https://fixtures.example/bidi.json',
    name: 'Bidi fixture',
    language: 'en',
    timeZone: 'Europe/London',
    organizations: [{ id: 'al-noor', name: ARABIC_CENTRE }],
    places: [
      {
        id: 'al-noor-hall',
        name: ARABIC_CENTRE,
        address: { streetAddress: ARABIC_STREET, addressLocality: 'Manchester', addressCountry: 'GB' },
        geo: { latitude: 53.48, longitude: -2.24 },
      },
    ],
    opportunities: [
      {
        id: 'conversation',
        name: { en: 'English conversation' },
        organizer: 'al-noor',
        location: 'al-noor-hall',
        eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['TU'], startDate: '2026-09-01', startTime: '18:00', endTime: '19:30' }],
      },
    ],
  };
  return mergeFeeds([parseFeed(feed, { source: 'https://fixtures.example/bidi.json' })]);
}

const NEAR_THE_HALL = { latitude: 53.485, longitude: -2.24 };

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** The <bdi> whose text is exactly `text`. */
function bdiWith(root: ParentNode, text: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('bdi')].find((bdi) => bdi.textContent === text);
}

describe('feed text in another direction than the interface', () => {
  const model = mixedModel();
  const conversation = opportunity(model, 'conversation');

  it('an English title in an Arabic card runs left to right on its own, and the next date stays outside it', async () => {
    const card = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card lang="ar" .opportunity=${conversation} .model=${model} .now=${NOW}></learning-opportunity-card>`,
    );
    const title = shadow(card).querySelector<HTMLElement>('[part~="title"]')!;
    expect(title.textContent).to.equal('English conversation');
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(title.getAttribute('lang'), 'the language the feed gave the title').to.equal('en');
    expect(getComputedStyle(title).direction).to.equal('ltr');
    expect(getComputedStyle(shadow(card).querySelector('article')!).direction, 'the card itself is Arabic').to.equal('rtl');

    const lines = [...shadow(card).querySelectorAll<HTMLElement>('p[part~="meta"]')];
    const nextDate = lines.find((line) => /7:30|١٩:٣٠|19:30/.test(line.textContent ?? ''));
    expect(nextDate, `a line with the next session's time: ${lines.map((line) => line.textContent).join(' | ')}`).to.be.instanceOf(HTMLElement);
    expect(title.contains(nextDate!)).to.equal(false);
    expect(getComputedStyle(nextDate!).direction).to.equal('rtl');
    await expect(card).to.be.accessible();
  });

  it('an Arabic provider and place in an English card are isolated from "By" and from the distance', async () => {
    const card = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card lang="en-GB" .opportunity=${conversation} .model=${model} .now=${NOW} .near=${NEAR_THE_HALL}></learning-opportunity-card>`,
    );
    const lines = [...shadow(card).querySelectorAll<HTMLElement>('p[part~="meta"]')];
    const provider = lines.find((line) => line.textContent?.startsWith('By '));
    expect(provider?.textContent).to.equal(`By ${ARABIC_CENTRE}`);
    const providerName = bdiWith(provider!, ARABIC_CENTRE)!;
    expect(getComputedStyle(providerName).direction).to.equal('rtl');
    expect(getComputedStyle(provider!).direction).to.equal('ltr');

    const where = lines.find((line) => line.textContent?.includes('away'));
    expect(where?.textContent).to.match(new RegExp(`^${ARABIC_CENTRE} · \\d+ m away · \\d+ min walk$`));
    const placeName = bdiWith(where!, ARABIC_CENTRE)!;
    expect(placeName.textContent, 'the distance is not inside the isolated name').not.to.contain('away');
    await expect(card).to.be.accessible();
  });

  it('the detail isolates the title, provider, place name, address and the map link’s place', async () => {
    const detail = await fixture<LearningOpportunityDetail>(
      html`<learning-opportunity-detail lang="en-GB" .opportunity=${conversation} .model=${model} .now=${NOW}></learning-opportunity-detail>`,
    );
    const root = shadow(detail);
    const heading = root.querySelector<HTMLElement>('[part~="title"]')!;
    expect(heading.getAttribute('lang')).to.equal('en');
    expect(heading.querySelector('bdi')?.textContent).to.equal('English conversation');
    expect(bdiWith(root.querySelector('p.muted')!, ARABIC_CENTRE), 'provider').to.be.instanceOf(HTMLElement);

    const where = [...root.querySelectorAll('dt')].find((term) => term.textContent === 'Where')!.nextElementSibling as HTMLElement;
    expect(bdiWith(where, ARABIC_CENTRE), 'place name').to.be.instanceOf(HTMLElement);
    const address = [...where.querySelectorAll('bdi')].find((bdi) => bdi.textContent?.startsWith(ARABIC_STREET));
    expect(address?.textContent).to.equal(`${ARABIC_STREET}, Manchester`);
    expect(getComputedStyle(address!).direction).to.equal('rtl');
    const mapLink = where.querySelector('a')!;
    expect(mapLink.textContent).to.equal(`Map of ${ARABIC_CENTRE} (OpenStreetMap)`);
    expect(getComputedStyle(bdiWith(mapLink, ARABIC_CENTRE)!).direction).to.equal('rtl');
    await expect(detail).to.be.accessible();
  });

  it('an Arabic detail keeps its own direction around an English title', async () => {
    const detail = await fixture<LearningOpportunityDetail>(
      html`<learning-opportunity-detail lang="ar" .opportunity=${conversation} .model=${model} .now=${NOW}></learning-opportunity-detail>`,
    );
    const heading = shadow(detail).querySelector<HTMLElement>('[part~="title"]')!;
    expect(getComputedStyle(heading).direction, 'the heading block follows the page').to.equal('rtl');
    expect(getComputedStyle(heading.querySelector('bdi')!).direction, 'the title inside it runs left to right').to.equal('ltr');
    await expect(detail).to.be.accessible();
  });
});

describe('messageWithIsolated', () => {
  it('shows a message that leaves its value out as plain text rather than dropping the value', () => {
    const odd = (value: string) => `${value}: ${value}`;
    expect(messageWithIsolated(odd, 'Sale Library')).to.equal('Sale Library: Sale Library');
  });
});
