import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, tokenizeForIndex, tokenizeQuery } from '../../../src/core/search/tokenize.js';

describe('foldText', () => {
  it('drops accents and case so "ecole" and "École" compare equal', () => {
    assert.equal(foldText('École'), 'ecole');
    assert.equal(foldText('Café Naïve Ångström'), 'cafe naive angstrom');
  });

  it('folds letters that have no decomposition (ß, æ, ø, ł)', () => {
    assert.equal(foldText('Straße Ærø Łódź'), 'strasse aero lodz');
  });

  it('folds full-width letters and ligatures into plain ones', () => {
    assert.equal(foldText('ＡＢＣ ﬁle'), 'abc file');
  });

  it('keeps Japanese voiced kana and Korean syllables intact', () => {
    assert.equal(foldText('がっこう'), 'がっこう');
    assert.equal(foldText('ﾌﾟﾛｸﾞﾗﾐﾝｸﾞ'), 'プログラミング');
    assert.equal(foldText('어린이 코딩 교실'), '어린이 코딩 교실');
  });

  it('removes Arabic vowel marks that publishers usually omit', () => {
    assert.equal(foldText('مَدْرَسَة'), 'مدرسة');
  });
});

describe('tokenizeForIndex', () => {
  it('splits words and keeps the parts of elided French words', () => {
    assert.deepEqual(tokenizeForIndex("L'École d’été"), ["l'ecole", 'l', 'ecole', 'd’ete', 'd', 'ete']);
  });

  it('splits hyphenated topic ids into words', () => {
    assert.deepEqual(tokenizeForIndex('digital-skills'), ['digital', 'skills']);
  });

  it('adds overlapping bigrams for Chinese so any two-character slice is findable', () => {
    const terms = tokenizeForIndex('少儿编程课');
    for (const bigram of ['少儿', '儿编', '编程', '程课']) assert.ok(terms.includes(bigram), `missing ${bigram}`);
  });

  it('segments Thai, which has no spaces, into words', () => {
    assert.deepEqual(tokenizeForIndex('สอนเขียนโปรแกรม'), ['สอน', 'เขียน', 'โปรแกรม']);
  });

  it('does not count a two-syllable Korean word twice', () => {
    assert.equal(tokenizeForIndex('코딩').filter((term) => term === '코딩').length, 1);
  });
});

describe('tokenizeQuery', () => {
  it('turns CJK and Hangul runs into bigrams only', () => {
    assert.deepEqual(tokenizeQuery('编程课'), ['编程', '程课']);
    assert.deepEqual(tokenizeQuery('어린이'), ['어린', '린이']);
  });

  it('keeps Latin words whole next to a CJK run', () => {
    assert.deepEqual(tokenizeQuery('Python 教室'), ['教室', 'python']);
  });

  it('gives nothing for blank or punctuation-only input', () => {
    assert.deepEqual(tokenizeQuery('   '), []);
    assert.deepEqual(tokenizeQuery('?!'), []);
  });
});
