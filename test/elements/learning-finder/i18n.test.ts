import { expect, html } from '@open-wc/testing';
import { loadLocale } from '../../../src/i18n/catalog.js';
import { SUPPORTED_LOCALES } from '../../../src/i18n/locales.js';
import { finderMessages } from '../../../src/elements/learning-finder/messages.js';
import { topicLabel } from '../../../src/elements/learning-finder/topic-labels.js';
import { FinderPage, freezeClock, freshFeed, textOf } from './finder-page.js';

/** Every string in a message table, functions called with sample arguments. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [1, 2, 5, 11].flatMap((n) => allStrings((value as (...args: unknown[]) => unknown)(n, String(n), 'x')));
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('<learning-finder> in other languages', () => {
  let restoreClock: () => void;
  beforeEach(() => {
    restoreClock = freezeClock();
  });
  afterEach(() => restoreClock());

  it('has every message in every supported locale, none empty, none left as "undefined"', async () => {
    const englishKeys = Object.keys(finderMessages.en).sort();
    for (const locale of SUPPORTED_LOCALES) {
      await loadLocale(locale);
      expect(Object.keys(finderMessages.for(locale)).sort(), locale).to.deep.equal(englishKeys);
      for (const text of allStrings(finderMessages.for(locale))) {
        expect(text.trim(), locale).to.not.equal('');
        expect(text, locale).to.not.contain('undefined');
      }
    }
    expect(topicLabel('coding', 'ko')).to.equal('코딩');
    expect(topicLabel('my-own-topic', 'fr')).to.equal('my own topic');
  });

  it('speaks French from the page language, facets and dates included', async () => {
    const page = await FinderPage.open(html`<div lang="fr"><learning-finder src=${freshFeed()} style="width: 1000px"></learning-finder></div>`,
      (root) => root.querySelector('learning-finder')!);
    expect(page.searchInput().labels?.[0]?.textContent?.trim()).to.equal('Rechercher des activités d’apprentissage');
    expect(page.countText()).to.equal('9 résultats');
    expect(page.facetCounts('cost')).to.deep.equal({ Gratuit: 6, Payant: 3 });
    await page.pickDates('Ce week-end');
    expect(page.titles()).to.deep.equal(['English conversation for beginners', 'Local history walk']);
    await expect(page.element).to.be.accessible();
  });

  it('lays out right to left in Arabic', async () => {
    const page = await FinderPage.open(html`<learning-finder lang="ar" src=${freshFeed()} style="width: 1000px"></learning-finder>`);
    expect(page.root.querySelector('.finder')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(page.root.querySelector('#results-heading'))).to.equal('النتائج');
    await expect(page.element).to.be.accessible();
  });
});
