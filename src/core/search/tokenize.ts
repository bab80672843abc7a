/**
 * Text folding and tokenisation shared by the search index and its queries.
 *
 * Two rules drive the design:
 * - A visitor types without accents, in any case, maybe with full-width or ligature characters; the
 *   index must meet them there ("ecole" finds "École", "cafe" finds "café").
 * - Chinese, Japanese and Korean write words without spaces (or glue particles to them), and word
 *   segmentation is not the same on every platform (Node's ICU splits "少儿编程课" into single
 *   characters, Chrome uses a dictionary). So runs of those scripts are also indexed as overlapping
 *   character bigrams, and queries in them search by bigram: the match no longer depends on where a
 *   particular segmenter decided the word boundaries were.
 */

/**
 * Combining marks removed by folding: Latin/Greek/Cyrillic diacritics, Hebrew points and Arabic
 * harakat (vowel signs that publishers usually leave out). Deliberately NOT all of \p{M}: Japanese
 * dakuten (か/が) and the vowel signs of Indic scripts change the word, they are not decoration.
 */
const REMOVABLE_MARK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x1ab0, 0x1aff], // … Extended
  [0x1dc0, 0x1dff], // … Supplement
  [0x20d0, 0x20ff], // … for Symbols
  [0xfe20, 0xfe2f], // Combining Half Marks
  [0x0591, 0x05bd], [0x05bf, 0x05bf], [0x05c1, 0x05c2], [0x05c4, 0x05c5], [0x05c7, 0x05c7], // Hebrew points
  [0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], // Arabic harakat
];
// Built from code points because a literal class of bare combining marks trips up editors and linters.
const REMOVABLE_MARKS = new RegExp(
  `[${REMOVABLE_MARK_RANGES.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join('')}]`,
  'gu',
);

/** Letters that NFKD does not decompose but that people type without the stroke or ligature. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Scripts written without spaces between words (or with particles glued on): indexed as bigrams too. */
const BIGRAM_SCRIPT_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;

const WHOLE_BIGRAM_SCRIPT_TERM = new RegExp(`^(?:${BIGRAM_SCRIPT_RUN.source})$`, 'u');

/** Punctuation that Intl.Segmenter keeps inside a word ("l'école", "d’été", "U.K") but visitors omit. */
const INNER_PUNCTUATION = /['’‘`´.·:]+/;

/**
 * Lower-cases and strips accents so that comparisons ignore them: "École" → "ecole", "Straße" →
 * "strasse", "ＡＢＣ" → "abc", "ﬁ" → "fi". Japanese and Korean text comes back unchanged in meaning.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(REMOVABLE_MARKS, '')
    .toLowerCase()
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
    .normalize('NFC');
}

let wordSegmenter: Intl.Segmenter | null | undefined;

/** One shared segmenter: ICU word rules do not depend on the locale for the scripts we split by words. */
function getWordSegmenter(): Intl.Segmenter | null {
  if (wordSegmenter === undefined) {
    wordSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return wordSegmenter;
}

/** Scripts written without spaces between words, which only a dictionary (Intl.Segmenter) can split. */
const UNSPACED_SCRIPT_CHARACTER =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}ー々〆]';
/**
 * A run for the segmenter, or a word of a spaced script: letters/digits/marks, with an apostrophe,
 * period or middle dot allowed between them ("l'ecole", "3.5", "u.k") as ICU word rules allow.
 */
const WORD_OR_UNSPACED_RUN = new RegExp(
  `(${UNSPACED_SCRIPT_CHARACTER}+)|(?:(?!${UNSPACED_SCRIPT_CHARACTER})[\\p{L}\\p{N}\\p{M}\\p{Pc}])+` +
    `(?:['’.·:](?:(?!${UNSPACED_SCRIPT_CHARACTER})[\\p{L}\\p{N}\\p{M}\\p{Pc}])+)*`,
  'gu',
);

const HAS_UNSPACED_SCRIPT = new RegExp(UNSPACED_SCRIPT_CHARACTER, 'u');
/** WORD_OR_UNSPACED_RUN without the look-aheads, for the common text with no unspaced script (3× faster). */
const SPACED_WORD = /[\p{L}\p{N}\p{M}\p{Pc}]+(?:['’.·:][\p{L}\p{N}\p{M}\p{Pc}]+)*/gu;

/**
 * Splits already-folded text into words. Spaced scripts (Latin, Cyrillic, Arabic, Hangul, …) are
 * split by a regular expression; runs of unspaced scripts go to Intl.Segmenter. Segmenting
 * everything would give the same words about 30 times slower (measured: 11 µs against 0.4 µs per
 * title), which is the difference between 1 and 6 seconds for a 100k-item feed.
 */
function splitWords(folded: string): string[] {
  const segmenter = getWordSegmenter();
  const words: string[] = [];
  const pattern = HAS_UNSPACED_SCRIPT.test(folded) ? WORD_OR_UNSPACED_RUN : SPACED_WORD;
  for (const match of folded.matchAll(pattern)) {
    const unspacedRun = match[1];
    if (unspacedRun === undefined) {
      words.push(match[0]);
      if (INNER_PUNCTUATION.test(match[0])) {
        for (const piece of match[0].split(INNER_PUNCTUATION)) if (piece) words.push(piece);
      }
    } else if (segmenter) {
      for (const segment of segmenter.segment(unspacedRun)) if (segment.isWordLike) words.push(segment.segment);
    } else {
      // Older engines (Firefox < 125): the run stays whole; CJK is still found through its bigrams.
      words.push(unspacedRun);
    }
  }
  return words;
}

/** Overlapping two-character slices of a run ("编程课" → "编程", "程课"); a one-character run is itself. */
function bigramsOf(run: string): string[] {
  const characters = Array.from(run);
  if (characters.length < 2) return characters;
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < characters.length; index++) bigrams.push(characters[index]! + characters[index + 1]!);
  return bigrams;
}

/**
 * Terms to index for one field value: every word (and the pieces of "l'école"), plus bigrams of every
 * CJK/Hangul run so any two-character slice of a title can be found.
 */
export function tokenizeForIndex(text: string): string[] {
  const folded = foldText(text);
  const terms = splitWords(folded);
  const words = new Set(terms);
  for (const run of folded.match(BIGRAM_SCRIPT_RUN) ?? []) {
    if (Array.from(run).length < 2) continue;
    // A two-character word ("코딩") is its own bigram; counting it twice would skew BM25 term frequency.
    for (const bigram of bigramsOf(run)) if (!words.has(bigram)) terms.push(bigram);
  }
  return terms;
}

/**
 * Terms to search for: words outside CJK/Hangul as typed, and CJK/Hangul runs as bigrams only, so a
 * query matches whatever the segmenter did to the indexed title ("编程" finds "少儿编程课").
 */
export function tokenizeQuery(text: string): string[] {
  const folded = foldText(text);
  const terms: string[] = [];
  const nonBigramText = folded.replace(BIGRAM_SCRIPT_RUN, (run) => {
    terms.push(...bigramsOf(run));
    return ' ';
  });
  terms.push(...splitWords(nonBigramText));
  const unique = [...new Set(terms)];
  // "coding for kids": "for" says nothing about what the visitor wants, and with prefix matching it
  // would match "format", "forest", … Drop such words, unless the query is nothing but them.
  const meaningful = unique.filter((term) => !QUERY_STOP_WORDS.has(term));
  return meaningful.length > 0 ? meaningful : unique;
}

/**
 * Connecting words in the UI languages (folded: lower case, no diacritics) that never narrow a search.
 * Kept short on purpose: a word that is also a real word elsewhere ("die", "den") is left out.
 */
const QUERY_STOP_WORDS = new Set([
  'a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
  'au', 'aux', 'de', 'des', 'du', 'et', 'la', 'le', 'les', 'pour', 'un', 'une',
  'con', 'del', 'el', 'las', 'los', 'para', 'por', 'y',
  'der', 'das', 'fur', 'mit', 'und', 'zum', 'zur',
]);

/** True when the term is made of CJK/Hangul characters (no typo tolerance: one edit changes the word). */
export function isBigramScriptTerm(term: string): boolean {
  return WHOLE_BIGRAM_SCRIPT_TERM.test(term);
}
