import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeXml, renderBadgeSvg, sinceYear } from '../../src/core/badge-svg.js';
import type { Organization } from '../../src/core/model.js';

const library: Pick<Organization, 'id' | 'name' | 'lighthouse'> = {
  id: 'jinjeop-library',
  name: { en: 'Jinjeop Library', ko: '진접도서관' },
  lighthouse: { status: 'designated', since: '2023-05-01' },
};

function titleOf(svg: string): string | undefined {
  return /<title id="([^"]+)">([^<]*)<\/title>/.exec(svg)?.[2];
}

describe('renderBadgeSvg', () => {
  it('names the designation, the organization and the year in an accessible SVG', () => {
    const svg = renderBadgeSvg(library, { locale: 'en', verified: true });
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="learning-lighthouse-jinjeop-library-title"/);
    assert.equal(titleOf(svg), 'Learning Lighthouse · Jinjeop Library · since 2023');
    assert.match(svg, />Jinjeop Library<\/text>/);
  });

  it('speaks the reader\'s language and picks the matching name', () => {
    const svg = renderBadgeSvg(library, { locale: 'ko', verified: true, since: '2021' });
    assert.equal(titleOf(svg), '배움등대 · 진접도서관 · 2021년부터');
  });

  it('claims nothing when not verified: no designation title, no year', () => {
    const svg = renderBadgeSvg(library, { locale: 'en', verified: false });
    assert.equal(titleOf(svg), 'Not verified as a Learning Lighthouse · Jinjeop Library');
    assert.doesNotMatch(svg, />Learning Lighthouse</);
    assert.doesNotMatch(svg, /2023/);
  });

  it('escapes hostile names so they stay text', () => {
    const hostile = { id: 'x"><script>', name: { en: '<script>alert(1)</script> & "Co"' } };
    const svg = renderBadgeSvg(hostile, { locale: 'en', verified: true });
    assert.doesNotMatch(svg, /<script/);
    assert.match(svg, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;Co&quot;/);
    assert.match(svg, /aria-labelledby="learning-lighthouse-x___script_-title"/);
  });

  it('mirrors the layout for right-to-left locales', () => {
    const svg = renderBadgeSvg(library, { locale: 'ar', verified: true });
    assert.match(svg, /direction="rtl"/);
    assert.match(svg, /text-anchor="end"/);
  });

  it('shortens very long names', () => {
    const svg = renderBadgeSvg({ id: 'long', name: { en: 'A'.repeat(100) } }, { locale: 'en', verified: true });
    assert.match(svg, new RegExp(`>${'A'.repeat(37)}…</text>`));
  });
});

describe('badge helpers', () => {
  it('escapeXml escapes the five XML specials', () => {
    assert.equal(escapeXml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
  });
  it('sinceYear reads a year from a date or a year, and nothing from garbage', () => {
    assert.equal(sinceYear('2023-05-01', 'en'), '2023');
    assert.equal(sinceYear('2019', 'en'), '2019');
    assert.equal(sinceYear('soon', 'en'), undefined);
    assert.equal(sinceYear(undefined, 'en'), undefined);
  });
});
