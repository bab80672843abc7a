import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphsWithLinks } from '../../../src/core/describe/index.js';

describe('paragraphsWithLinks', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    assert.deepEqual(paragraphsWithLinks('First line\nsame paragraph\n\n  \n\nSecond'), [
      [{ kind: 'text', text: 'First line\nsame paragraph' }],
      [{ kind: 'text', text: 'Second' }],
    ]);
  });
  it('turns http(s) URLs into link runs, leaving sentence punctuation and brackets outside', () => {
    assert.deepEqual(paragraphsWithLinks('Book at https://example.org/book?id=1. (Or see http://example.org/faq)'), [
      [
        { kind: 'text', text: 'Book at ' },
        { kind: 'link', text: 'https://example.org/book?id=1', href: 'https://example.org/book?id=1' },
        { kind: 'text', text: '. (Or see ' },
        { kind: 'link', text: 'http://example.org/faq', href: 'http://example.org/faq' },
        { kind: 'text', text: ')' },
      ],
    ]);
  });
  it('keeps brackets that belong to the URL', () => {
    const runs = paragraphsWithLinks('https://en.wikipedia.org/wiki/Lighthouse_(disambiguation)')[0];
    assert.deepEqual(runs, [
      { kind: 'link', text: 'https://en.wikipedia.org/wiki/Lighthouse_(disambiguation)', href: 'https://en.wikipedia.org/wiki/Lighthouse_(disambiguation)' },
    ]);
  });
  it('never links other schemes and leaves markup as text', () => {
    const hostile = '<img src=x onerror=alert(1)> javascript:alert(1) <a href="javascript:alert(2)">x</a> data:text/html,hi';
    assert.deepEqual(paragraphsWithLinks(hostile), [[{ kind: 'text', text: hostile }]]);
  });
  it('does not let a quote or angle bracket extend a URL into markup', () => {
    const runs = paragraphsWithLinks('<a href="https://example.org/x">go</a>')[0]!;
    assert.deepEqual(runs.filter((run) => run.kind === 'link'), [{ kind: 'link', text: 'https://example.org/x', href: 'https://example.org/x' }]);
    assert.equal(runs.map((run) => run.text).join(''), '<a href="https://example.org/x">go</a>');
  });
  it('gives nothing for empty or non-text input', () => {
    assert.deepEqual(paragraphsWithLinks(''), []);
    assert.deepEqual(paragraphsWithLinks(undefined), []);
    assert.deepEqual(paragraphsWithLinks(42 as unknown as string), []);
  });
});
