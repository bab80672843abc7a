import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkUrl, safeLinkUrl, safeWebUrl } from '../../../src/core/urls.js';

describe('safeLinkUrl', () => {
  it('keeps http, https, mailto and tel links, trimmed', () => {
    assert.equal(safeLinkUrl('  https://library.example/events?id=4#top '), 'https://library.example/events?id=4#top');
    assert.equal(safeLinkUrl('http://library.example'), 'http://library.example');
    assert.equal(safeLinkUrl('mailto:learning@city.example'), 'mailto:learning@city.example');
    assert.equal(safeLinkUrl('tel:+441619123000'), 'tel:+441619123000');
    assert.equal(safeLinkUrl('HTTPS://LIBRARY.EXAMPLE/'), 'HTTPS://LIBRARY.EXAMPLE/');
  });

  it('refuses script and data schemes in any case', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
      assert.equal(safeLinkUrl(url), undefined, url);
    }
  });

  it('refuses schemes obfuscated with control characters that browsers strip', () => {
    for (const url of ['java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)', 'https://ok.example/\u0000', '\u0001javascript:alert(1)', 'jav\u0085ascript:x']) {
      assert.equal(safeLinkUrl(url), undefined, JSON.stringify(url));
    }
  });

  it('refuses relative and scheme-less junk', () => {
    for (const url of ['/events', '//evil.example/x', 'www.library.example', 'javascript&colon;alert(1)', '', '   ', 'https://', 'mailto:', 'tel:']) {
      assert.equal(safeLinkUrl(url), undefined, JSON.stringify(url));
    }
  });

  it('says why a URL was refused', () => {
    assert.deepEqual(checkUrl('javascript:alert(1)'), { rejection: 'scheme', scheme: 'javascript' });
    assert.equal(checkUrl('www.example.org').rejection, 'relative');
    assert.equal(checkUrl('java\tscript:x').rejection, 'control-character');
    assert.equal(checkUrl(`https://example.org/${'a'.repeat(9000)}`).rejection, 'too-long');
  });

  it('safeWebUrl allows only http and https', () => {
    assert.equal(safeWebUrl('https://img.example/a.png'), 'https://img.example/a.png');
    assert.equal(safeWebUrl('mailto:a@b.example'), undefined);
    assert.equal(safeWebUrl('tel:123'), undefined);
  });
});
