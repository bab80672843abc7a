import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localeChain, resolveText, resolveTextLanguage } from '../../../src/core/text.js';

const names = { en: 'Code club', ar: 'نادي البرمجة', ko: '코딩 클럽', 'pt-BR': 'Clube de programação', 'zh-Hant': '程式設計社' };

describe('resolveText', () => {
  it('picks the exact tag, case-insensitively', () => {
    assert.equal(resolveText(names, ['ar']), 'نادي البرمجة');
    assert.equal(resolveText(names, ['KO']), '코딩 클럽');
    assert.equal(resolveText(names, ['pt-br']), 'Clube de programação');
  });

  it('drops subtags from the end: ar-EG finds ar, zh-Hant-TW finds zh-Hant', () => {
    assert.equal(resolveText(names, ['ar-EG']), 'نادي البرمجة');
    assert.equal(resolveText(names, ['zh-Hant-TW']), '程式設計社');
  });

  it('then matches another region of the same language: pt-PT finds pt-BR', () => {
    assert.equal(resolveText(names, ['pt-PT']), 'Clube de programação');
  });

  it('tries the reader\'s locales in order before falling back', () => {
    assert.equal(resolveText({ fr: 'Club de code', ko: '코딩 클럽' }, ['de', 'ko', 'fr']), '코딩 클럽');
  });

  it('falls back to the feed language given last, then English, then the first entry', () => {
    assert.equal(resolveText({ ko: '코딩 클럽', ar: 'نادي البرمجة' }, localeChain('de', 'ar')), 'نادي البرمجة');
    assert.equal(resolveText({ ko: '코딩 클럽', 'en-GB': 'Code club' }, ['de']), 'Code club');
    assert.equal(resolveText({ ko: '코딩 클럽', ar: 'نادي البرمجة' }, ['de']), '코딩 클럽');
  });

  it('gives a text in one language whatever the reader asked, and nothing for one empty entry', () => {
    assert.equal(resolveText({ ko: '코딩 클럽' }, ['en-GB', 'en']), '코딩 클럽');
    assert.equal(resolveText({ ko: '' }, ['ko']), '');
  });

  it('returns an empty string only when there is no text at all', () => {
    assert.equal(resolveText(undefined, ['en']), '');
    assert.equal(resolveText({}, ['en']), '');
    assert.equal(resolveText({ en: '', ar: 'نص' }, ['en']), 'نص');
  });

  it('reports which language it picked, for lang and dir attributes', () => {
    assert.equal(resolveTextLanguage(names, ['ar-SA']), 'ar');
    assert.equal(resolveTextLanguage({ ko: '코딩 클럽' }, ['en']), 'ko');
    assert.equal(resolveTextLanguage(undefined, ['en']), undefined);
  });
});

describe('localeChain', () => {
  it('lists the tag, its truncations, the fallbacks and English, without duplicates', () => {
    assert.deepEqual(localeChain('zh-Hant-TW', 'ko'), ['zh-Hant-TW', 'zh-Hant', 'zh', 'ko', 'en']);
    assert.deepEqual(localeChain('en-GB', 'en'), ['en-GB', 'en']);
    assert.deepEqual(localeChain('', undefined), ['en']);
  });
});
