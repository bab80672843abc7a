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
import { lengthsOf, type EngineState, type Lengths, type ScoringOptions } from './engine-state.js';
import { cachedTermScores, NotExact, startSearch } from './term-scores.js';

export type { ScoringOptions } from './engine-state.js';

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
      const { ids, scores } = cachedTermScores(state, lengths, term, options);
      if (!firstIndexOf.has(term)) firstIndexOf.set(term, termIndex);
      const distinct = firstIndexOf.get(term) === termIndex;
      for (let at = 0; at < ids.length; at++) {
        const id = ids[at]!;
        // The combinators add a term's whole score to the running total, term after term.
        total[id] = total[id]! + scores[at]!;
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
