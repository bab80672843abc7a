import { expect } from '@open-wc/testing';
import { mergeFeeds } from '../../../src/core/merge.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { opportunityFacts } from '../../../src/elements/shared/opportunity-facts.js';
import { NOW, opportunity, sampleModel } from './sample-model.js';

const DAY_MS = 86_400_000;

describe('opportunityFacts: next dates and reuse', () => {
  const model = sampleModel();

  it('lists the next dates of a fortnightly class, the third one a month away', () => {
    const facts = opportunityFacts(opportunity(model, 'code-club'), { locale: 'en-GB', model, now: NOW, nextCount: 3 });
    expect(facts.next.map((next) => next.text)).to.deep.equal([
      'Thu, 26 Nov 2026, 10:00–10:20',
      'Thu, 10 Dec 2026, 10:00–10:20',
      'Thu, 24 Dec 2026, 10:00–10:20',
    ]);
    expect(facts.upcoming).to.equal('yes');
  });

  it('finds a one-off half a year ahead, and nothing past the year ahead', () => {
    const later = mergeFeeds([parseFeed({
      version: '1.0', id: 'https://fixtures.example/later.json', name: 'Later', language: 'en', timeZone: 'Europe/London',
      opportunities: [
        { id: 'spring-fair', name: 'Spring fair', startDate: '2027-05-20T11:00', endDate: '2027-05-20T15:00' },
        { id: 'far-fair', name: 'Far fair', startDate: '2028-01-10T11:00', endDate: '2028-01-10T15:00' },
      ],
    }, { source: 'https://fixtures.example/later.json' })]);
    const spring = opportunityFacts(opportunity(later, 'spring-fair'), { locale: 'en-GB', model: later, now: NOW, nextCount: 1 });
    expect(spring.next.map((next) => next.text)).to.deep.equal(['Thu, 20 May 2027, 11:00–15:00']);
    const far = opportunityFacts(opportunity(later, 'far-fair'), { locale: 'en-GB', model: later, now: NOW, nextCount: 1 });
    expect(far.next).to.deep.equal([]);
    expect(far.upcoming).to.equal('none');
  });

  it('works the facts out again when the time, the language or the visitor position changes', () => {
    const code = opportunity(model, 'code-club');
    const first = opportunityFacts(code, { locale: 'en-GB', model, now: NOW, nextCount: 1 });
    expect(first.next[0]?.text).to.equal('Thu, 26 Nov 2026, 10:00–10:20');
    const fortnightLater = opportunityFacts(code, { locale: 'en-GB', model, now: NOW + 4 * DAY_MS, nextCount: 1 });
    expect(fortnightLater.next[0]?.text).to.equal('Thu, 10 Dec 2026, 10:00–10:20');
    const french = opportunityFacts(code, { locale: 'fr', model, now: NOW, nextCount: 1 });
    expect(french.title).to.equal('Club de code');
    expect(french.next[0]?.text).to.match(/^jeu\. 26 nov\. 2026/);
    const near = opportunityFacts(code, { locale: 'en-GB', model, now: NOW, nextCount: 1, near: { latitude: 53.4246 + 0.0057, longitude: -2.3222 } });
    expect(near.distance).to.equal('630 m away · 8 min walk');
    expect(first.distance).to.equal(undefined);
  });

  it('describes the schedule in words when asked, as the detail shows it', () => {
    const facts = opportunityFacts(opportunity(model, 'code-club'), { locale: 'en-GB', model, now: NOW, nextCount: 3 });
    expect(facts.when).to.contain('Thursday');
    expect({ ...facts }.when).to.equal(facts.when);
  });
});
