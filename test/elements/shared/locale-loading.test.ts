/**
 * UI words other than English arrive lazily (one chunk per language, src/i18n/catalog.ts). An element
 * shows no English while its words load, speaks its language once `updateComplete` resolves, and
 * re-renders in a new language (and direction) when `lang` changes at runtime.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/shared/define-parts.js';
import type { LearningOpportunityCard } from '../../../src/elements/shared/opportunity-card.js';
import { NOW, opportunity, sampleModel, text } from './sample-model.js';

describe('UI words loaded per language', () => {
  const model = sampleModel();

  it('speaks French after updateComplete, then Arabic right-to-left when lang changes at runtime', async () => {
    const card = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card lang="fr" .opportunity=${opportunity(model, 'code-club')} .model=${model} .now=${NOW}></learning-opportunity-card>`,
    );
    expect(text(card)).to.contain('Par Sale Library');
    expect(text(card)).to.contain('Gratuit · Sur place · Enfants · Familles · 8 à 12 ans');
    expect(card.shadowRoot!.querySelector('[part="card"]')!.getAttribute('dir')).to.equal('ltr');

    card.lang = 'ar';
    await card.updateComplete;
    expect(text(card)).to.contain('تقدّمه Sale Library');
    expect(text(card)).to.contain('مجاني');
    expect(text(card)).to.not.contain('Par Sale Library');
    expect(card.shadowRoot!.querySelector('[part="card"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(card).to.be.accessible();
  });

  it('follows a lang change on an ancestor too', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div lang="de"><learning-opportunity-card .opportunity=${opportunity(model, 'code-club')} .model=${model} .now=${NOW}></learning-opportunity-card></div>`,
    );
    const card = holder.querySelector<LearningOpportunityCard>('learning-opportunity-card')!;
    await card.updateComplete;
    expect(text(card)).to.contain('Von Sale Library');
    holder.lang = 'es';
    await card.updateComplete;
    expect(text(card)).to.contain('Por Sale Library');
  });

  it('shows no English while the Korean words load, and fetches them once for two elements', async () => {
    const seen: string[] = [];
    const holder = document.createElement('div');
    holder.lang = 'ko';
    const cards = ['code-club', 'code-club'].map((id) => {
      const card = document.createElement('learning-opportunity-card') as LearningOpportunityCard;
      card.opportunity = opportunity(model, id);
      card.model = model;
      card.now = NOW;
      return card;
    });
    const observer = new MutationObserver(() => seen.push(...cards.map((card) => text(card))));
    holder.append(...cards);
    document.body.append(holder);
    for (const card of cards) observer.observe(card.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await Promise.all(cards.map((card) => card.updateComplete));
      for (const card of cards) expect(text(card)).to.contain('운영: Sale Library');
      expect(seen.some((shown) => shown.includes('운영: Sale Library'))).to.equal(true);
      expect(seen.filter((shown) => /By Sale Library|Free/.test(shown)), 'English shown before the Korean words arrived').to.deep.equal([]);
      const requests = performance.getEntriesByType('resource').filter((entry) => /i18n\/translations\/ko\b/.test(entry.name));
      expect(requests.map((entry) => entry.name)).to.have.length(1);
    } finally {
      observer.disconnect();
      holder.remove();
    }
  });
});
