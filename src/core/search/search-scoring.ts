/**
 * MiniSearch's own ranking, computed over its index with typed arrays. MiniSearch builds an object
 * per matching document and per matched term; a one-letter prefix matches nearly every document of
 * a 100k feed, which took it hundreds of milliseconds a keystroke. This reads the same postings and
 * applies the same formulas in the same order, so scores are identical to the last bit (the tests
 * compare both); whatever it cannot reproduce exactly (documents discarded but not yet vacuumed)
 * it declines, and the caller asks MiniSearch itself.
 *
 * Written against MiniSearch 7.2 (package.json pins the major version): executeQuerySpec,
 * termResults, the AND/OR combinators and calcBM25Score of its dist/es/index.js.
 */
type FieldPostings = Map<number, Map<number, number>>;

/** The parts of MiniSearch's state that its search reads. */
interface EngineState {
  _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, unknown>;
  _documentCount: number;
  _dirtCount: number;
  _nextId: number;
}

export interface ScoringOptions {
  /** Field name → boost, in MiniSearch's field order. */
  boosts: Readonly<Record<string, number>>;
  /** Maximum edit distance for a term, or false (MiniSearch's `fuzzy` option as a function). */
  fuzzy: (term: string) => number | false;
  combineWith: 'AND' | 'OR';
  /** Key → position in the model, to report each hit's position (looked up once per index state). */
  positionOf?: ReadonlyMap<string, number>;
}

/** MiniSearch's defaults (weights, maxFuzzy, bm25): our index sets none of them. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

class NotExact extends Error {}

/** Per-document field lengths and liveness as typed arrays, rebuilt whenever documents come or go. */
interface Lengths {
  nextId: number;
  documentCount: number;
  alive: Uint8Array;
  byField: Float64Array[];
  /** Opportunity key by short id. */
  keyOf: string[];
  /** Position in the model's opportunities by short id (-1: not in it), for `positionOf`. */
  positions?: { positionOf: ReadonlyMap<string, number>; byId: Int32Array };
}
const lengthsCache = new WeakMap<object, Lengths>();

function lengthsOf(state: EngineState): Lengths {
  const cached = lengthsCache.get(state);
  if (cached && cached.nextId === state._nextId && cached.documentCount === state._documentCount) return cached;
  const size = state._nextId;
  const alive = new Uint8Array(size);
  const fieldCount = Object.keys(state._fieldIds).length;
  const byField = Array.from({ length: fieldCount }, () => new Float64Array(size));
  const keyOf = new Array<string>(size);
  for (const [id, key] of state._documentIds) keyOf[id] = String(key);
  for (const [id, lengths] of state._fieldLength) {
    if (!state._documentIds.has(id)) continue;
    alive[id] = 1;
    for (let field = 0; field < fieldCount; field++) byField[field]![id] = lengths[field]!;
  }
  const built = { nextId: size, documentCount: state._documentCount, alive, byField, keyOf };
  lengthsCache.set(state, built);
  return built;
}

/** Scores by MiniSearch short id, for the documents matching every (AND) or any (OR) term; undefined when not exact. */
export function scoreTerms(engine: object, terms: readonly string[], options: ScoringOptions): { ids: Int32Array; scores: Float64Array; keyOf: readonly string[]; positionById?: Int32Array } | undefined {
  const state = engine as unknown as EngineState;
  const size = state._nextId;
  const lengths = lengthsOf(state);
  startSearch(state);
  const total = new Float64Array(size);
  const matchedTerms = new Uint16Array(size);
  const distinctMatched = new Uint16Array(size);
  const firstIndexOf = new Map<string, number>();
  try {
    terms.forEach((term, termIndex) => {
      const scores = cachedTermScores(state, lengths, term, options);
      if (!firstIndexOf.has(term)) firstIndexOf.set(term, termIndex);
      const distinct = firstIndexOf.get(term) === termIndex;
      for (const id of scores.touched) {
        // The combinators add a term's whole score to the running total, term after term.
        total[id] = total[id]! + scores.score[id]!;
        matchedTerms[id]!++;
        if (distinct) distinctMatched[id]!++;
      }
    });
  } catch (error) {
    if (error instanceof NotExact) return undefined;
    throw error;
  }
  const needed = options.combineWith === 'AND' ? terms.length : 1;
  let count = 0;
  for (let id = 0; id < size; id++) if (matchedTerms[id]! >= needed) count++;
  const ids = new Int32Array(count);
  const scores = new Float64Array(count);
  let at = 0;
  for (let id = 0; id < size; id++) {
    if (matchedTerms[id]! < needed) continue;
    ids[at] = id;
    // MiniSearch's "quality": the number of distinct query terms the document matched.
    scores[at++] = total[id]! * (distinctMatched[id]! || 1);
  }
  return { ids, scores, keyOf: lengths.keyOf, positionById: options.positionOf && positionsById(lengths, options.positionOf) };
}

/**
 * Builds the typed tables scoreTerms reads (field lengths, keys and positions by short id), so the
 * first search after an index build does not pay for them: call once the build is complete.
 */
export function prepareScoring(engine: object, positionOf?: ReadonlyMap<string, number>): void {
  const lengths = lengthsOf(engine as unknown as EngineState);
  if (positionOf) positionsById(lengths, positionOf);
}

function positionsById(lengths: Lengths, positionOf: ReadonlyMap<string, number>): Int32Array {
  if (lengths.positions?.positionOf === positionOf) return lengths.positions.byId;
  const byId = Int32Array.from(lengths.keyOf, (key) => (key === undefined ? -1 : positionOf.get(key) ?? -1));
  lengths.positions = { positionOf, byId };
  return byId;
}

interface TermScores {
  score: Float64Array;
  touched: number[];
}

/**
 * The term scores of the last two searches on an index, and of older ones within SPARE_BYTES. Typing
 * a query's next word ("code c", "code cl", …) scores only the word being typed: the words before it
 * (a prefix and fuzzy expansion each, the costliest part of a search) are read back; so is a first
 * letter typed again for a new query ("code…", then "chess"), the dearest key of all. Kept only while
 * the index and the scoring options are the ones they were worked out with, so a read-back score is
 * the one scoring would give.
 */
interface TermCache {
  lengths: Lengths;
  index: EngineState['_index'];
  dirtCount: number;
  boosts: ScoringOptions['boosts'];
  fuzzy: ScoringOptions['fuzzy'];
  search: number;
  byTerm: Map<string, { scores: TermScores; search: number }>;
}
const termCaches = new WeakMap<object, TermCache>();

function cachedTermScores(state: EngineState, lengths: Lengths, term: string, options: ScoringOptions): TermScores {
  let cache = termCaches.get(state);
  if (!cache || cache.lengths !== lengths || cache.index !== state._index || cache.dirtCount !== state._dirtCount
    || cache.boosts !== options.boosts || cache.fuzzy !== options.fuzzy) {
    cache = { lengths, index: state._index, dirtCount: state._dirtCount, boosts: options.boosts, fuzzy: options.fuzzy, search: 0, byTerm: new Map() };
    termCaches.set(state, cache);
  }
  const cached = cache.byTerm.get(term);
  if (cached) {
    cached.search = cache.search;
    return cached.scores;
  }
  const scores = termScores(state, lengths, term, options);
  cache.byTerm.set(term, { scores, search: cache.search });
  return scores;
}

/**
 * Term scores kept beyond the last two searches' (least recently used dropped first). A term takes
 * 8–16 bytes per indexed document: dozens of terms of a 10k feed, three or four of a 100k one.
 */
const SPARE_BYTES = 4 * 1024 * 1024;

/** Marks the start of a search: terms neither it nor the one before used are kept within SPARE_BYTES, most recent first. */
function startSearch(state: EngineState): void {
  const cache = termCaches.get(state);
  if (!cache) return;
  cache.search++;
  const older = [...cache.byTerm].filter(([, entry]) => entry.search < cache.search - 1).sort((a, b) => b[1].search - a[1].search);
  let bytes = 0;
  for (const [term, { scores }] of older) {
    bytes += scores.score.byteLength + scores.touched.length * 8;
    if (bytes > SPARE_BYTES) cache.byTerm.delete(term);
  }
}

/** executeQuerySpec: the exact term, then its prefix extensions, then its fuzzy neighbours. */
function termScores(state: EngineState, lengths: Lengths, term: string, options: ScoringOptions): TermScores {
  const result: TermScores = { score: new Float64Array(state._nextId), touched: [] };
  addTermResults(state, lengths, result, 1, state._index.get(term), options);
  const maxDistance = fuzzyDistance(term, options);
  const fuzzyMatches = maxDistance ? state._index.fuzzyGet(term, maxDistance) : undefined;
  for (const [derived, data] of state._index.atPrefix(term)) {
    const distance = derived.length - term.length;
    if (!distance) continue;
    fuzzyMatches?.delete(derived);
    addTermResults(state, lengths, result, PREFIX_WEIGHT * derived.length / (derived.length + 0.3 * distance), data, options);
  }
  if (fuzzyMatches) {
    for (const derived of fuzzyMatches.keys()) {
      const [data, distance] = fuzzyMatches.get(derived)!;
      if (!distance) continue;
      addTermResults(state, lengths, result, FUZZY_WEIGHT * derived.length / (derived.length + distance), data, options);
    }
  }
  return result;
}

function fuzzyDistance(term: string, options: ScoringOptions): number {
  const fuzzy = options.fuzzy(term);
  if (fuzzy === false) return 0;
  return fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
}

/** termResults: BM25 per field, weighted, added to each document's score for this query term. */
function addTermResults(state: EngineState, lengths: Lengths, result: TermScores, termWeight: number, data: FieldPostings | undefined, options: ScoringOptions): void {
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

/**
 * Indexes of `scores` best first, equal scores by key, without a comparator sort over 100k hits
 * (~40 ms a keystroke): each score's lowest mantissa bits are replaced by its index and the doubles
 * sorted natively; scores are positive, so the bits order like the values. Runs whose scores agree
 * in the remaining bits (ties, or scores a hair apart) are then put in exact order by a small sort.
 * Without `keyAt`, equal scores stay in no particular order.
 */
export function bestFirst(scores: Float64Array, keyAt?: (index: number) => string): Int32Array {
  const count = scores.length;
  const indexBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const exact = (a: number, b: number): number => {
    if (scores[a] !== scores[b] || !keyAt) return scores[b]! - scores[a]!;
    const keyA = keyAt(a);
    const keyB = keyAt(b);
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  };
  if (indexBits > 24 || !scores.every((score) => score > 0 && score < Infinity)) {
    return Int32Array.from(scores.keys()).sort(exact);
  }
  const packed = Float64Array.from(scores);
  const words = new Uint32Array(packed.buffer);
  const indexMask = (1 << indexBits) - 1;
  // Little-endian or not, one of the two words holds the low mantissa bits.
  const low = new Uint8Array(new Float64Array([1]).buffer)[0] === 0 ? 0 : 1;
  for (let index = 0; index < count; index++) words[index * 2 + low] = ((words[index * 2 + low]! & ~indexMask) | index) >>> 0;
  const order = new Int32Array(count);
  if (count >= RADIX_FROM) {
    const ascending = radixOrder(words, low, indexBits, count);
    for (let at = 0; at < count; at++) order[at] = ascending[count - 1 - at]!;
  } else {
    const sorted = Float64Array.from(packed).sort();
    const sortedWords = new Uint32Array(sorted.buffer);
    for (let at = 0; at < count; at++) order[at] = sortedWords[(count - 1 - at) * 2 + low]! & indexMask;
  }
  const truncated = (at: number): number => {
    const index = order[at]!;
    return words[index * 2 + (1 - low)]! * 4_294_967_296 + ((words[index * 2 + low]! & ~indexMask) >>> 0);
  };
  for (let start = 0; start < count;) {
    const prefix = truncated(start);
    let end = start + 1;
    while (end < count && truncated(end) === prefix) end++;
    // Without keys, a run of one score (the usual tie) is already in order.
    if (end - start > 1 && (keyAt || !sameScore(scores, order, start, end))) order.subarray(start, end).sort(exact);
    start = end;
  }
  return order;
}

/** Below this many scores the native sort is as quick (a radix pass clears 65,536 counters). */
const RADIX_FROM = 20_000;

/**
 * Indexes of the packed scores (word pairs; `low`: which word of a pair holds the low half, whose
 * lowest `indexBits` bits are the index) in ascending order of the bits above the index bits; ties
 * in index order. A least-significant-digit radix sort in passes of at most 16 bits, each
 * skipped when every value shares its digit: positive doubles order like their bits, and 100k of
 * them sort several times quicker than natively (a one-letter query's hits, on every keystroke).
 */
function radixOrder(words: Uint32Array, low: number, indexBits: number, count: number): Int32Array {
  let from = new Int32Array(count);
  for (let index = 0; index < count; index++) from[index] = index;
  let to = new Int32Array(count);
  const starts = new Int32Array(65_536);
  // The low word's bits above the index (8 to 17 of them: 20k to 16M scores), then the high word.
  const lowWidth = 32 - indexBits;
  const passes: Array<[word: number, shift: number, mask: number]> = lowWidth > 16
    ? [[low, indexBits, 0xffff], [low, indexBits + 16, (1 << (lowWidth - 16)) - 1]]
    : [[low, indexBits, (1 << lowWidth) - 1]];
  passes.push([1 - low, 0, 0xffff], [1 - low, 16, 0xffff]);
  for (const [word, shift, mask] of passes) {
    starts.fill(0);
    for (let at = 0; at < count; at++) starts[(words[from[at]! * 2 + word]! >>> shift) & mask]!++;
    if (starts[(words[from[0]! * 2 + word]! >>> shift) & mask] === count) continue;
    let sum = 0;
    for (let digit = 0; digit <= mask; digit++) {
      const inBucket = starts[digit]!;
      starts[digit] = sum;
      sum += inBucket;
    }
    for (let at = 0; at < count; at++) {
      const index = from[at]!;
      to[starts[(words[index * 2 + word]! >>> shift) & mask]!++] = index;
    }
    [from, to] = [to, from];
  }
  return from;
}

function sameScore(scores: Float64Array, order: Int32Array, start: number, end: number): boolean {
  const first = scores[order[start]!];
  for (let at = start + 1; at < end; at++) if (scores[order[at]!] !== first) return false;
  return true;
}
