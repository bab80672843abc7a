import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/shared/define-parts.js';
import type { LearningOpportunityDetail } from '../../../src/elements/shared/opportunity-detail.js';
import { NOW, opportunity, sampleModel, text } from './sample-model.js';
import { importIcs } from '../../../src/core/formats/ics/import.js';
import { parseFeed } from '../../../src/core/parse/index.js';
import { occurrencesBetween } from '../../../src/core/time/index.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

describe('<learning-opportunity-detail>', () => {
  const model = sampleModel();

  async function codeClub(lang = 'en-GB'): Promise<LearningOpportunityDetail> {
    return fixture<LearningOpportunityDetail>(
      html`<learning-opportunity-detail lang=${lang} .opportunity=${opportunity(model, 'code-club')} .model=${model} .now=${NOW}></learning-opportunity-detail>`,
    );
  }

  function field(detail: LearningOpportunityDetail, label: string): string | undefined {
    const term = [...detail.shadowRoot!.querySelectorAll('dt')].find((dt) => dt.textContent === label);
    const value = term?.nextElementSibling;
    if (!value) return undefined;
    const items = [...value.querySelectorAll('li')];
    const texts = items.length ? items.map((item) => item.textContent ?? '') : [value.textContent ?? ''];
    return texts.map((item) => item.replace(/\s+/g, ' ').trim()).join(' | ');
  }

  it('shows every field: schedule in words, next dates, place, cost, audience, languages, mode, accessibility', async () => {
    const detail = await codeClub();
    expect(field(detail, 'When')).to.equal('Every other Thursday, 10:00–10:20');
    expect(field(detail, 'Next dates')).to.equal('Thu, 26 Nov 2026, 10:00–10:20 | Thu, 10 Dec 2026, 10:00–10:20 | Thu, 24 Dec 2026, 10:00–10:20 | Thu, 7 Jan 2027, 10:00–10:20 | Thu, 21 Jan 2027, 10:00–10:20');
    expect(field(detail, 'Where')).to.contain('Tatton Road, M33 7YH Sale');
    expect(field(detail, 'Cost')).to.equal('Free');
    expect(field(detail, 'For')).to.equal('Children, Families, Ages 8–12');
    expect(field(detail, 'Languages')).to.equal('English, Korean');
    expect(field(detail, 'Attendance')).to.equal('In person');
    expect(field(detail, 'Accessibility')).to.equal('Hearing loop | Step-free access');
    const map = detail.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org/"]')!;
    expect(map.getAttribute('href')).to.equal('https://www.openstreetmap.org/?mlat=53.42460&mlon=-2.32220#map=17/53.42460/-2.32220');
    await expect(detail).to.be.accessible();
  });

  it('renders a hostile description as text: no elements, no unsafe links, no script run', async () => {
    window.__pwned = false;
    const detail = await codeClub();
    const description = detail.shadowRoot!.querySelector('[part="description"]')!;
    expect(description.querySelectorAll('p')).to.have.length(2);
    expect(description.querySelector('img, script')).to.equal(null);
    expect(description.textContent).to.contain('<img src=x onerror="window.__pwned = true">');
    expect(description.textContent).to.contain('<script>window.__pwned = true</script>');
    const links = [...description.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/code-club']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    const allHrefs = [...detail.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(allHrefs.filter((href) => !/^https:\/\//.test(href))).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__pwned).to.equal(false);
  });

  it('offers registration, .ics download and Google/Outlook links for the next date', async () => {
    const detail = await codeClub();
    const register = [...detail.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Register')!;
    expect(register.getAttribute('href')).to.equal('https://example.org/register');
    const google = new URL([...detail.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Google Calendar')!.href);
    expect(google.searchParams.get('dates')).to.equal('20261126T100000/20261126T102000');
    expect(google.searchParams.get('ctz')).to.equal('Europe/London');
    expect(google.searchParams.get('text')).to.equal('Code Club');
    const outlook = new URL([...detail.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Outlook')!.href);
    expect(outlook.searchParams.get('startdt')).to.equal('2026-11-26T10:00:00+00:00');
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      [...detail.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download (.ics)')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(created).to.have.length(1);
    const ics = await created[0]!.text();
    expect(ics).to.contain('BEGIN:VEVENT');
    expect(ics).to.contain('SUMMARY:Code Club');
    expect(ics).to.match(/DTSTART;TZID=Europe\/London:20261126T100000/);
    // A visitor's calendar app reads the file back to the same session: our own importer proves it.
    const imported = parseFeed(importIcs(ics).feed);
    const [session] = occurrencesBetween(imported.opportunities, Date.parse('2026-11-01'), Date.parse('2027-01-01'));
    expect([session?.start, session?.end]).to.deep.equal(['2026-11-26T10:00:00+00:00', '2026-11-26T10:20:00+00:00']);
  });

  it('says cancelled plainly, keeps unsafe registration links out and offers no registration', async () => {
    const detail = await fixture<LearningOpportunityDetail>(
      html`<learning-opportunity-detail lang="en-GB" .opportunity=${opportunity(model, 'cancelled-talk')} .model=${model} .now=${NOW}></learning-opportunity-detail>`,
    );
    expect(detail.shadowRoot!.querySelector('[part="status"]')?.textContent).to.equal('Cancelled');
    expect(field(detail, 'When')).to.equal('Sat, 5 Dec 2026, 14:00–16:00');
    expect(field(detail, 'Cost')).to.equal('From £3.00');
    expect([...detail.shadowRoot!.querySelectorAll('a')].some((a) => a.textContent === 'Register')).to.equal(false);
    await expect(detail).to.be.accessible();
  });

  it('shows online, paid opportunities without a place', async () => {
    const detail = await fixture<LearningOpportunityDetail>(
      html`<learning-opportunity-detail lang="en-GB" .opportunity=${opportunity(model, 'online-chat')} .model=${model} .now=${NOW}></learning-opportunity-detail>`,
    );
    expect(field(detail, 'Attendance')).to.equal('Online');
    expect(field(detail, 'Cost')).to.equal('Paid');
    expect(field(detail, 'Where')).to.equal(undefined);
  });

  it('speaks Korean', async () => {
    const detail = await codeClub('ko');
    expect(field(detail, '비용')).to.equal('무료');
    expect(field(detail, '언어')).to.equal('영어, 한국어');
    expect(text(detail)).to.contain('신청하기');
  });
});
