import { expect, html } from '@open-wc/testing';
import { NOW, PARTNER, REGISTRY, mountBadge } from './lighthouse-harness.js';

/** The mark and every line of text beside it, as laid out on screen. */
function layout(badge: HTMLElement) {
  const root = badge.shadowRoot!;
  const mark = root.querySelector('[part="mark"]')!.getBoundingClientRect();
  const lines = [...root.querySelectorAll<HTMLElement>('.line, .description')].map((line) => line.getBoundingClientRect());
  return { mark, lines, badge: root.querySelector('[part="badge"]')!.getBoundingClientRect() };
}

describe('<learning-lighthouse> full badge in a narrow sidebar', () => {
  it('keeps the mark in its own fixed column and every line beside it, however many lines there are', async () => {
    // Full badge with activity, walking time, description, criteria, finder and website: about ten lines.
    const badge = await mountBadge(html`<div style="width: 280px; font-size: 16px">
      <learning-lighthouse lang="en" variant="full" organization="jinjeop-library" src=${PARTNER} registry=${REGISTRY}
        finder="/learn" near="37.7257,127.19" .now=${NOW}></learning-lighthouse>
    </div>`);
    const { mark, lines, badge: box } = layout(badge);
    expect(lines.length).to.be.greaterThan(7);
    expect(box.width).to.be.at.most(280);
    // 3.5em at 16px: the mark keeps its size, the lines past the sixth do not widen its column.
    expect(Math.round(mark.width)).to.equal(56);
    for (const line of lines) {
      expect(line.left).to.be.at.least(mark.right);
      expect(line.right).to.be.at.most(box.right);
    }
    // The text column gets the rest of the badge: every line is as wide as the first.
    const widths = new Set(lines.map((line) => Math.round(line.width)));
    expect([...widths]).to.have.length(1);
    expect(lines[0]!.width).to.be.greaterThan(280 - 56 - 70);
    await expect(badge).to.be.accessible();
  });

  it('mirrors in Arabic: the mark on the right, the lines to its left', async () => {
    const badge = await mountBadge(html`<div style="width: 280px; font-size: 16px">
      <learning-lighthouse lang="ar" variant="full" organization="jinjeop-library" src=${PARTNER} registry=${REGISTRY}
        finder="/learn" near="37.7257,127.19" .now=${NOW}></learning-lighthouse>
    </div>`);
    const { mark, lines } = layout(badge);
    expect(lines.length).to.be.greaterThan(7);
    for (const line of lines) expect(line.right).to.be.at.most(mark.left);
  });
});
