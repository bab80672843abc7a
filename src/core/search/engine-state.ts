/**
 * The parts of MiniSearch 7.2's state that its search reads (package.json pins the major version),
 * and per-document tables built from them, shared by search-scoring.ts and term-scores.ts.
 */
export type FieldPostings = Map<number, Map<number, number>>;

/** The parts of MiniSearch's state that its search reads. */
export interface EngineState {
  _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
    [Symbol.iterator](): Iterator<[string, FieldPostings]>;
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

/** Per-document field lengths and liveness as typed arrays, rebuilt whenever documents come or go. */
export interface Lengths {
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

export function lengthsOf(state: EngineState): Lengths {
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

