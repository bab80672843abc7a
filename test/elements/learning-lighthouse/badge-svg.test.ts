import { expect } from '@open-wc/testing';
import { renderBadgeSvg } from '../../../src/core/badge-svg.js';

describe('renderBadgeSvg in a browser', () => {
  const organization = { id: 'jinjeop-library', name: { en: 'Jinjeop <Library> & Co' }, lighthouse: { status: 'designated' as const, since: '2023' } };

  it('parses as valid SVG with a title that names it', () => {
    const svg = renderBadgeSvg(organization, { locale: 'en', verified: true });
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.querySelector('parsererror')).to.equal(null);
    const root = document.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.getAttribute('role')).to.equal('img');
    const title = root.querySelector('title')!;
    expect(root.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(title.textContent).to.equal('Learning Lighthouse · Jinjeop <Library> & Co · since 2023');
  });

  it('is accessible when placed in a page', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = renderBadgeSvg(organization, { locale: 'fr', verified: false });
    document.body.append(holder);
    try {
      expect(holder.querySelector('svg title')?.textContent).to.equal('Non vérifié comme Phare du savoir · Jinjeop <Library> & Co');
      await expect(holder).to.be.accessible();
    } finally {
      holder.remove();
    }
  });
});
