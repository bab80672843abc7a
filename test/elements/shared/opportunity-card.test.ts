import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/shared/define-parts.js';
import type { LearningOpportunityCard } from '../../../src/elements/shared/opportunity-card.js';
import type { LearningSelectEvent } from '../../../src/elements/shared/events.js';
import { NOW, opportunity, sampleModel, text } from './sample-model.js';

describe('<learning-opportunity-card>', () => {
  const model = sampleModel();

  it('shows title, provider, next date, place, cost, mode and audience', async () => {
    const card = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card lang="en-GB" .opportunity=${opportunity(model, 'code-club')} .model=${model} .now=${NOW}></learning-opportunity-card>`,
    );
    const shown = text(card);
    expect(shown).to.contain('Code Club');
    expect(shown).to.contain('By Sale Library');
    // Fortnightly from Thu 3 Sep: 3, 17 Sep, 1, 15, 29 Oct, 12, 26 Nov.
    expect(shown).to.contain('Thu, 26 Nov 2026, 10:00–10:20');
    expect(shown).to.contain('Sale Library');
    expect(shown).to.contain('Free · In person · Children · Families · Ages 8–12');
    await expect(card).to.be.accessible();
  });

  it('fires learning-select with the opportunity when the title is activated', async () => {
    const code = opportunity(model, 'code-club');
    const card = await fixture<LearningOpportunityCard>(html`<learning-opportunity-card .opportunity=${code} .model=${model} .now=${NOW}></learning-opportunity-card>`);
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>('button[part="title"]')!;
    setTimeout(() => button.click());
    const event = (await oneEvent(document, 'learning-select')) as LearningSelectEvent;
    expect(event.detail.opportunity).to.equal(code);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('marks cancelled and past opportunities plainly', async () => {
    const cancelled = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card .opportunity=${opportunity(model, 'cancelled-talk')} .model=${model} .now=${NOW}></learning-opportunity-card>`,
    );
    expect(cancelled.shadowRoot!.querySelector('[part="status"]')?.textContent).to.equal('Cancelled');
    expect(cancelled.hasAttribute('data-inactive')).to.equal(true);
    expect(text(cancelled)).to.contain('From £3.00');
    const past = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card .opportunity=${opportunity(model, 'old-fair')} .model=${model} .now=${NOW}></learning-opportunity-card>`,
    );
    expect(past.shadowRoot!.querySelector('[part="status"]')?.textContent).to.equal('Past');
    await expect(past).to.be.accessible();
  });

  it('shows distance and walking time from a given point', async () => {
    const card = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card lang="en" .opportunity=${opportunity(model, 'code-club')} .model=${model} .now=${NOW}
        .near=${{ latitude: 53.4246 + 0.0057, longitude: -2.3222 }}></learning-opportunity-card>`,
    );
    expect(text(card)).to.contain('630 m away · 8 min walk');
  });

  it('speaks French and picks the French title', async () => {
    const card = await fixture<LearningOpportunityCard>(
      html`<learning-opportunity-card lang="fr" .opportunity=${opportunity(model, 'code-club')} .model=${model} .now=${NOW}></learning-opportunity-card>`,
    );
    expect(text(card)).to.contain('Club de code');
    expect(text(card)).to.contain('Par Sale Library');
    expect(text(card)).to.contain('Gratuit · Sur place · Enfants · Familles · 8 à 12 ans');
  });
});
