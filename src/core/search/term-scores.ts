/**
 * One query term's scores over MiniSearch's index (its termResults, reproduced with typed arrays),
 * and the cache that lets a keystroke read back the terms it scored before: the words already typed,
 * and first letters worked out ahead of need while the page is idle.
 *
 * Written against MiniSearch 7.2: executeQuerySpec, termResults and calcBM25Score of its dist/es/index.js.
 */
import { lengthsOf, type EngineState, type FieldPostings, type Lengths, type ScoringOptions } from './engine-state.js';

/** MiniSearch's defaults (weights, maxFuzzy, bm25): our index sets none of them. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export class NotExact extends Error {}

/** A term's scores: the short ids of the documents it matched and their scores (same indexes). */
interface TermScores {
  ids: Int32Array;
  scores: Float64Array;
}

/** A term's scores while they are worked out: one slot per short id, and the ids given a score so far. */
interface ScoreSheet {
  score: Float64Array;
  touched: number[];
}

/**
 * The term scores of the last two searches on an index, and of older ones within SPARE_BYTES. Typing
 * a query's next word ("code c", "code cl", …) scores only the word being typed: the words before it
 * (a prefix and fuzzy expansion each, the costliest part of a search) are read back; so is a first
 * letter typed again for a new query ("code…", then "chess"), the dearest key of all. Scores worked
 * out ahead of need (prefetchFirstLetters) are kept apart from that budget, as `pinned`. Kept only
 * while the index and the scoring options are the ones they were worked out with, so a read-back
 * score is the one scoring would give.
 */
interface TermCache {
  lengths: Lengths;
  index: EngineState['_index'];
  dirtCount: number;
  boosts: ScoringOptions['boosts'];
  fuzzy: ScoringOptions['fuzzy'];
  search: number;
  byTerm: Map<string, { scores: TermScores; search: number; pinned?: boolean }>;
}
const termCaches = new WeakMap<object, TermCache>();

/** The cache for the index as it is now and these options: a fresh one when either changed. */
function termCacheFor(state: EngineState, lengths: Lengths, options: ScoringOptions): TermCache {
  let cache = termCaches.get(state);
  if (!cache || cache.lengths !== lengths || cache.index !== state._index || cache.dirtCount !== state._dirtCount
    || cache.boosts !== options.boosts || cache.fuzzy !== options.fuzzy) {
    cache = { lengths, index: state._index, dirtCount: state._dirtCount, boosts: options.boosts, fuzzy: options.fuzzy, search: 0, byTerm: new Map() };
    termCaches.set(state, cache);
  }
  return cache;
}

export function cachedTermScores(state: EngineState, lengths: Lengths, term: string, options: ScoringOptions): TermScores {
  const cache = termCacheFor(state, lengths, options);
  const cached = cache.byTerm.get(term);
  if (cached) {
    cached.search = cache.search;
    return cached.scores;
  }
  const scores = drain(termScoreSteps(state, lengths, term, options));
  cache.byTerm.set(term, { scores, search: cache.search });
  return scores;
}

function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Term scores kept beyond the last two searches' (least recently used dropped first). A term takes
 * 12 bytes per document it matched: a first letter of a 10k feed about 100 KB, of a 100k feed about 1 MB.
 */
const SPARE_BYTES = 4 * 1024 * 1024;

const bytesOf = (scores: TermScores): number => scores.ids.byteLength + scores.scores.byteLength;

/** Marks the start of a search: terms neither it nor the one before used are kept within SPARE_BYTES, most recent first. */
export function startSearch(state: EngineState): void {
  const cache = termCaches.get(state);
  if (!cache) return;
  cache.search++;
  const older = [...cache.byTerm].filter(([, entry]) => !entry.pinned && entry.search < cache.search - 1).sort((a, b) => b[1].search - a[1].search);
  let bytes = 0;
  for (const [term, { scores }] of older) {
    bytes += bytesOf(scores);
    if (bytes > SPARE_BYTES) cache.byTerm.delete(term);
  }
}

/**
 * executeQuerySpec: the exact term, then its prefix extensions, then its fuzzy neighbours. A step
 * per derived term, so a term matching most of a 100k feed can be worked out in idle slices.
 */
function* termScoreSteps(state: EngineState, lengths: Lengths, term: string, options: ScoringOptions): Generator<void, TermScores, void> {
  const sheet: ScoreSheet = { score: new Float64Array(state._nextId), touched: [] };
  addTermResults(state, lengths, sheet, 1, state._index.get(term), options);
  const maxDistance = fuzzyDistance(term, options);
  const fuzzyMatches = maxDistance ? state._index.fuzzyGet(term, maxDistance) : undefined;
  for (const [derived, data] of state._index.atPrefix(term)) {
    const distance = derived.length - term.length;
    if (!distance) continue;
    fuzzyMatches?.delete(derived);
    addTermResults(state, lengths, sheet, PREFIX_WEIGHT * derived.length / (derived.length + 0.3 * distance), data, options);
    yield;
  }
  if (fuzzyMatches) {
    for (const derived of fuzzyMatches.keys()) {
      const [data, distance] = fuzzyMatches.get(derived)!;
      if (!distance) continue;
      addTermResults(state, lengths, sheet, FUZZY_WEIGHT * derived.length / (derived.length + distance), data, options);
    }
  }
  const { score, touched } = sheet;
  const ids = new Int32Array(touched.length);
  const scores = new Float64Array(touched.length);
  for (let at = 0; at < touched.length; at++) {
    ids[at] = touched[at]!;
    scores[at] = score[touched[at]!]!;
  }
  return { ids, scores };
}

function fuzzyDistance(term: string, options: ScoringOptions): number {
  const fuzzy = options.fuzzy(term);
  if (fuzzy === false) return 0;
  return fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
}

/** termResults: BM25 per field, weighted, added to each document's score for this query term. */
function addTermResults(state: EngineState, lengths: Lengths, result: ScoreSheet, termWeight: number, data: FieldPostings | undefined, options: ScoringOptions): void {
  if (data == null) return;
  const { score, touched } = result;
  for (const field of Object.keys(options.boosts)) {
    const fieldBoost = options.boosts[field]!;
    const fieldId = state._fieldIds[field]!;
    const frequencies = data.get(fieldId);
    if (frequencies == null) continue;
    const matchingFields = frequencies.size;
    const avgFieldLength = state._avgFieldLength[fieldId]!;
    const fieldLengths = lengths.byField[fieldId]!;
    const invDocFreq = Math.log(1 + (state._documentCount - matchingFields + 0.5) / (matchingFields + 0.5));
    for (const [id, termFreq] of frequencies) {
      // A discarded document's postings stay until vacuumed; MiniSearch then recounts as it goes.
      if (lengths.alive[id] !== 1) throw new NotExact();
      const fieldLength = fieldLengths[id]!;
      const rawScore = invDocFreq * (BM25.d + termFreq * (BM25.k + 1) / (termFreq + BM25.k * (1 - BM25.b + BM25.b * fieldLength / avgFieldLength)));
      const weightedScore = termWeight * 1 * fieldBoost * 1 * rawScore;
      if (score[id] === 0) touched.push(id);
      score[id] = score[id]! + weightedScore;
    }
  }
}

export interface FirstLetterBudget {
  /** Memory the kept scores may take. */
  maxBytes: number;
  /** A letter is worked out only when its words have this many postings: fewer take under a millisecond to score. */
  minPostings: number;
}
/** Index terms counted between two steps of prefetchFirstLetters. */
const TERMS_PER_STEP = 500;

/**
 * Works out the scores of one-letter queries ahead of need and keeps them (pinned: no search evicts
 * them), within `maxBytes`. A new query's first letter is its dearest keystroke: its prefix reaches
 * most of the index (at 10k opportunities, "c" scores some 9,800 documents over hundreds of words).
 * Letters are taken by how many postings they reach, dearest first, so a budget too small for all
 * of them keeps those worth most.
 *
 * One step per few hundred index terms counted or per derived term scored: drain it in idle slices.
 * It ends early, keeping nothing more, when the index changes under it (the cache is then a new
 * one). Returns the letters kept, dearest first.
 */
export function* prefetchFirstLetters(engine: object, options: ScoringOptions, budget: FirstLetterBudget): Generator<void, string[], void> {
  const state = engine as unknown as EngineState;
  const cache = termCacheFor(state, lengthsOf(state), options);
  const stillCurrent = (): boolean => termCacheFor(state, lengthsOf(state), options) === cache;
  const postingsByLetter = new Map<string, number>();
  let counted = 0;
  for (const [term, data] of state._index) {
    const letter = String.fromCodePoint(term.codePointAt(0)!);
    let postings = 0;
    for (const frequencies of data.values()) postings += frequencies.size;
    postingsByLetter.set(letter, (postingsByLetter.get(letter) ?? 0) + postings);
    if (++counted % TERMS_PER_STEP === 0) {
      yield;
      // The index's own iterator does not survive a change to the index.
      if (!stillCurrent()) return [];
    }
  }
  const letters = [...postingsByLetter].filter(([, postings]) => postings >= budget.minPostings).sort((a, b) => b[1] - a[1]);
  const kept: string[] = [];
  let bytes = 0;
  for (const [letter, postings] of letters) {
    // A letter's scores take 12 bytes per document reached, at most one entry per document.
    if (bytes + 12 * Math.min(postings, state._documentCount) > budget.maxBytes) continue;
    let scores = cache.byTerm.get(letter)?.scores;
    if (!scores) {
      const steps = termScoreSteps(state, cache.lengths, letter, options);
      try {
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) {
            scores = step.value;
            break;
          }
          yield;
          if (!stillCurrent()) return kept;
        }
      } catch (error) {
        // A discarded document not yet vacuumed: searches go to MiniSearch itself until it is.
        if (error instanceof NotExact) return kept;
        throw error;
      }
    }
    // A search may have scored this letter meanwhile: keep whichever is in the cache.
    const entry = cache.byTerm.get(letter) ?? { scores, search: cache.search };
    entry.pinned = true;
    cache.byTerm.set(letter, entry);
    bytes += bytesOf(entry.scores);
    kept.push(letter);
  }
  return kept;
}
