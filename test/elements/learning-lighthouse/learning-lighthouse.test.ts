import { expect, html } from '@open-wc/testing';
import { LearningLighthouse } from '../../../src/elements/learning-lighthouse/learning-lighthouse.js';
import type { LearningLighthouseErrorDetail } from '../../../src/elements/learning-lighthouse/events.js';
import { NOW, PARTNER, REGISTRY, SELF_CLAIM, mountBadge, visibleText } from './lighthouse-harness.js';

describe('<learning-lighthouse> states', () => {
  it('is verified when the registry designates the organization, with name, year, counts and next session', async () => {
    const badge = await mountBadge(
      html`<learning-lighthouse lang="en-GB" organization="jinjeop-library" src=${PARTNER} registry=${REGISTRY} .now=${NOW}></learning-lighthouse>`,
    );
    expect(badge.badgeState).to.equal('verified');
    expect(badge.dataset.state).to.equal('verified');
    const text = visibleText(badge);
    expect(text).to.contain('Learning Lighthouse');
    expect(text).to.contain('Jinjeop Library');
    expect(text).to.contain('since 2023');
    expect(text).to.contain('Designated by Namyangju Learning City');
    // Code Club on Tue 24 and the book talk on Thu 26; the cancelled talk does not count.
    expect(text).to.contain('2 sessions in the next 7 days');
    expect(text).to.contain('Next: Code Club, Tue, 24 Nov 2026, 16:00–17:30');
    const link = badge.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="name"]')!;
    expect(link.getAttribute('href')).to.equal('https://jinjeop.example/');
    const mark = badge.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(mark.querySelector('title')?.textContent).to.equal('Learning Lighthouse');
    await expect(badge).to.be.accessible();
  });

  it('does not verify a partner that designates itself in its own feed when the registry does not', async () => {
    const badge = await mountBadge(
      html`<learning-lighthouse organization="sunrise-academy" src=${SELF_CLAIM} registry=${REGISTRY} .now=${NOW}></learning-lighthouse>`,
    );
    expect(badge.badgeState).to.equal('member');
    const text = visibleText(badge);
    expect(text).not.to.contain('Learning Lighthouse');
    expect(text).not.to.contain('2020');
    expect(text).to.contain('Sunrise Academy');
    expect(text).to.contain('Learning city partner');
    expect(badge.shadowRoot!.querySelector('svg')).to.equal(null);
    await expect(badge).to.be.accessible();
  });

  it('claims nothing for an organization the registry does not list, whatever its own feed says', async () => {
    const badge = await mountBadge(
      html`<learning-lighthouse organization="ghost-org" src=${SELF_CLAIM} registry=${REGISTRY}></learning-lighthouse>`,
    );
    expect(badge.badgeState).to.equal('not-found');
    expect(visibleText(badge)).to.equal('Not listed by the learning city');
    await expect(badge).to.be.accessible();
  });

  it('shows a member that is only a candidate without the designation', async () => {
    const badge = await mountBadge(html`<learning-lighthouse organization="hwado-centre" registry=${REGISTRY}></learning-lighthouse>`);
    expect(badge.badgeState).to.equal('member');
    expect(visibleText(badge)).to.contain('Hwado Community Centre');
    expect(visibleText(badge)).not.to.contain('Learning Lighthouse');
  });

  it('never says verified without a named registry, even when the enclosing feed designates it', async () => {
    // The page owner controls <learning-feed>, so a partner could wrap its own feed and certify itself.
    const badge = await mountBadge(
      html`<learning-feed src=${SELF_CLAIM}><learning-lighthouse organization="sunrise-academy"></learning-lighthouse></learning-feed>`,
    );
    expect(badge.badgeState).to.equal('error');
    expect(visibleText(badge)).not.to.contain('Learning Lighthouse');
    await expect(badge).to.be.accessible();
  });

  it('is verified inside the city\'s own <learning-feed> once that feed is also named as the registry', async () => {
    const badge = await mountBadge(
      html`<learning-feed src=${REGISTRY}><learning-lighthouse organization="jinjeop-library" registry=${REGISTRY}></learning-lighthouse></learning-feed>`,
    );
    expect(badge.badgeState).to.equal('verified');
  });

  it('never verifies from a partner feed inside <learning-feed> when a registry is named', async () => {
    const badge = await mountBadge(
      html`<learning-feed src=${SELF_CLAIM}><learning-lighthouse organization="sunrise-academy" registry=${REGISTRY}></learning-lighthouse></learning-feed>`,
    );
    expect(badge.badgeState).to.equal('member');
  });

  it('is neutral when the registry cannot be loaded, and tells the webmaster why', async () => {
    const errors: LearningLighthouseErrorDetail[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<LearningLighthouseErrorDetail>).detail);
    document.addEventListener('learning-lighthouse-error', listener);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const badge = await mountBadge(
        html`<learning-lighthouse organization="jinjeop-library" src=${PARTNER} registry="/__fault/404"></learning-lighthouse>`,
      );
      expect(badge.badgeState).to.equal('error');
      expect(visibleText(badge)).to.equal('Designation could not be checked');
      await expect(badge).to.be.accessible();
    } finally {
      console.warn = warn;
      document.removeEventListener('learning-lighthouse-error', listener);
    }
    expect(errors).to.have.length(1);
    expect(errors[0]!.organization).to.equal('jinjeop-library');
    expect(errors[0]!.reason).to.contain('/__fault/404');
    expect(warnings.some((line) => line.includes('could not be loaded'))).to.equal(true);
  });

  it('is an error, not a claim, with no feed at all', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const badge = await mountBadge(html`<learning-lighthouse organization="jinjeop-library"></learning-lighthouse>`);
      expect(badge.badgeState).to.equal('error');
    } finally {
      console.warn = warn;
    }
  });

  it('shows loading as a skeleton before the registry answers', async () => {
    const badge = document.createElement('learning-lighthouse') as LearningLighthouse;
    badge.setAttribute('organization', 'jinjeop-library');
    badge.setAttribute('registry', '/__fault/slow?ms=800&file=schools.json');
    document.body.append(badge);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await badge.updateComplete;
      expect(badge.badgeState).to.equal('loading');
      expect(badge.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
      expect(visibleText(badge)).to.equal('Checking the designation…');
    } finally {
      badge.remove();
    }
  });

  it('shows hostile names as text and drops unsafe links', async () => {
    const badge = await mountBadge(html`<learning-lighthouse organization="hostile-org" registry=${REGISTRY}></learning-lighthouse>`);
    expect(badge.badgeState).to.equal('verified');
    expect(visibleText(badge)).to.contain('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(badge.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect([...badge.shadowRoot!.querySelectorAll('a')].some((a) => /^javascript:/i.test(a.getAttribute('href') ?? ''))).to.equal(false);
  });
});

describe('<learning-lighthouse> activity line', () => {
  it('leaves the activity line out when the organization has no opportunities in the feed at all', async () => {
    // The registry lists organizations but no opportunities: there is nothing to count, not zero sessions.
    const badge = await mountBadge(
      html`<learning-lighthouse lang="en" organization="jinjeop-library" registry=${REGISTRY} .now=${NOW}></learning-lighthouse>`,
    );
    expect(badge.badgeState).to.equal('verified');
    const text = visibleText(badge);
    expect(text).to.contain('Jinjeop Library');
    expect(text).not.to.match(/session/i);
    expect(text).not.to.contain('Next:');
  });

  it('says "No sessions in the next 7 days" when the organization has opportunities but none this week', async () => {
    // 1 August 2026: Code Club only starts on Tuesday 1 September.
    const august = Date.UTC(2026, 7, 1, 0, 0);
    const badge = await mountBadge(
      html`<learning-lighthouse lang="en-GB" organization="jinjeop-library" src=${PARTNER} registry=${REGISTRY} .now=${august}></learning-lighthouse>`,
    );
    const text = visibleText(badge);
    expect(text).to.contain('No sessions in the next 7 days');
    expect(text).not.to.contain('0 sessions');
    expect(text).to.contain('Next: Code Club, Tue, 1 Sept 2026');
    await expect(badge).to.be.accessible();
  });

  it('says it in the reader\'s language, and counts one session in the singular', async () => {
    const august = Date.UTC(2026, 7, 1, 0, 0);
    const german = await mountBadge(
      html`<learning-lighthouse lang="de" organization="jinjeop-library" src=${PARTNER} registry=${REGISTRY} .now=${august}></learning-lighthouse>`,
    );
    expect(visibleText(german)).to.contain('Keine Termine in den nächsten 7 Tagen');
    // Friday 27 November: the book talk is over; Code Club on Tuesday 1 December is the one session.
    const friday = Date.UTC(2026, 10, 27, 0, 0);
    const frenchFriday = await mountBadge(
      html`<learning-lighthouse lang="fr" organization="jinjeop-library" src=${PARTNER} registry=${REGISTRY} .now=${friday}></learning-lighthouse>`,
    );
    expect(visibleText(frenchFriday)).to.contain('1 séance dans les 7 prochains jours');
  });
});

describe('<learning-lighthouse> variants, language and walking time', () => {
  it('renders the compact variant as an inline pill', async () => {
    const badge = await mountBadge(
      html`<learning-lighthouse lang="en" variant="compact" organization="jinjeop-library" registry=${REGISTRY}></learning-lighthouse>`,
    );
    expect(getComputedStyle(badge).display).to.equal('inline-block');
    const pill = badge.shadowRoot!.querySelector('[part="badge"]')!;
    expect(pill.classList.contains('compact')).to.equal(true);
    expect(visibleText(badge)).to.equal('Learning Lighthouse · Jinjeop Library');
    await expect(badge).to.be.accessible();
  });

  it('renders the full variant with the description, its links and the criteria', async () => {
    const badge = await mountBadge(
      html`<learning-lighthouse variant="full" organization="jinjeop-library" registry=${REGISTRY}></learning-lighthouse>`,
    );
    const hrefs = [...badge.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://jinjeop.example/about');
    expect(hrefs).to.include('https://learning.namyangju.example/lighthouses');
    expect(badge.shadowRoot!.querySelectorAll('.description p')).to.have.length(2);
    await expect(badge).to.be.accessible();
  });

  it('says "8 min walk" from a nearby point given with near', async () => {
    const badge = await mountBadge(
      html`<learning-lighthouse lang="en" organization="jinjeop-library" registry=${REGISTRY} near="37.7257,127.19"></learning-lighthouse>`,
    );
    expect(visibleText(badge)).to.contain('8 min walk');
    expect(badge.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('offers a geolocation button when no position is known', async () => {
    const badge = await mountBadge(html`<learning-lighthouse lang="en" organization="jinjeop-library" registry=${REGISTRY}></learning-lighthouse>`);
    expect(badge.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal('Walking time from my location');
  });

  it('speaks Korean and picks the Korean name', async () => {
    const badge = await mountBadge(html`<learning-lighthouse lang="ko" organization="jinjeop-library" registry=${REGISTRY} near="37.7257,127.19"></learning-lighthouse>`);
    const text = visibleText(badge);
    expect(text).to.contain('배움등대');
    expect(text).to.contain('진접도서관');
    expect(text).to.contain('2023년부터');
    expect(text).to.contain('남양주 학습도시 지정');
    expect(text).to.contain('도보 8분');
  });

  it('links to a finder filtered to the organization, and only over http(s)', async () => {
    const badge = await mountBadge(
      html`<learning-lighthouse lang="en" organization="jinjeop-library" registry=${REGISTRY} finder="/learn?page=2"></learning-lighthouse>`,
    );
    const link = [...badge.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'All activities at Jinjeop Library')!;
    const url = new URL(link.href);
    expect(url.origin).to.equal(location.origin);
    expect(url.pathname).to.equal('/learn');
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('lf-org')).to.equal('jinjeop-library');
    const unsafe = await mountBadge(
      html`<learning-lighthouse lang="en" organization="jinjeop-library" registry=${REGISTRY} finder="javascript:alert(1)"></learning-lighthouse>`,
    );
    expect([...unsafe.shadowRoot!.querySelectorAll('a')].some((a) => a.textContent?.startsWith('All activities'))).to.equal(false);
  });

  it('follows the theme attribute', async () => {
    const light = await mountBadge(html`<learning-lighthouse theme="light" organization="jinjeop-library" registry=${REGISTRY}></learning-lighthouse>`);
    const lightBackground = getComputedStyle(light.shadowRoot!.querySelector('[part="badge"]')!).backgroundColor;
    const dark = await mountBadge(html`<learning-lighthouse theme="dark" organization="jinjeop-library" registry=${REGISTRY}></learning-lighthouse>`);
    const darkBackground = getComputedStyle(dark.shadowRoot!.querySelector('[part="badge"]')!).backgroundColor;
    expect(lightBackground).to.equal('rgb(255, 255, 255)');
    expect(darkBackground).to.equal('rgb(20, 32, 46)');
  });

  it('is a class with a guarded definition', () => {
    expect(customElements.get('learning-lighthouse')).to.equal(LearningLighthouse);
  });
});
