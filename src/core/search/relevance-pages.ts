/**
 * Relevance order worked out only as far as the visitor reads. A one-letter query of a 100k feed
 * finds some 90k results, of which a list shows the first twenty: ordering every one of them (a
 * sort of the scores, then of each run of equal scores by name) took some 15 ms a keystroke. Here
 * the first pages are selected and put in order, and the whole order is worked out only when the
 * visitor pages a quarter of the way in. Either way the order is the one sort.ts's relevance order
 * gives: best score first, equal scores by name rank, then the results without a hit by name.
 */
import type { FeedModel } from '../model.js';
import { bestFirst } from './best-first.js';
import { inRankOrder, nameRanks, type RankTable } from './model-order.js';
import type { RankedPositions } from './search-index.js';

/** Results in order, read a window at a time (an array is one too). */
export interface OrderedPositions {
  readonly length: number;
  slice(start: number, end: number): number[];
}

/** Below this many scored results the whole order is worked out at once: selecting saves nothing. */
const SELECT_FROM = 2_000;
/** Results put in order ahead of the first window: five pages of the default size. */
const FIRST_PAGES = 100;

/**
 * `positions` (the results, each once) in relevance order by `hits` (in any order), names in
 * `locales`' collation, worked out window by window as `slice` asks.
 */
export function relevancePages(model: FeedModel, positions: ArrayLike<number>, hits: RankedPositions, locales: readonly string[]): OrderedPositions {
  // Per position: -2 not a result, -1 a result without a hit (yet), else its slot among the scored.
  const slotOf = new Int32Array(model.opportunities.length).fill(-2);
  for (let index = 0; index < positions.length; index++) slotOf[positions[index]!] = -1;
  let count = 0;
  const scored = new Int32Array(hits.length);
  const scores = new Float64Array(hits.length);
  for (let index = 0; index < hits.length; index++) {
    const position = hits.positions[index]!;
    const score = hits.scores[index]!;
    const slot = slotOf[position]!;
    if (slot === -2 || Number.isNaN(score)) continue;
    // A position listed twice keeps its last score, as sort.ts's relevance order does.
    if (slot >= 0) {
      scores[slot] = score;
      continue;
    }
    slotOf[position] = count;
    scored[count] = position;
    scores[count++] = score;
  }
  const unscored: number[] = [];
  if (count < positions.length) {
    for (let index = 0; index < positions.length; index++) if (slotOf[positions[index]!] === -1) unscored.push(positions[index]!);
  }
  return new RelevancePages(scored.subarray(0, count), scores.subarray(0, count), unscored, nameRanks(model, locales), positions.length);
}

class RelevancePages implements OrderedPositions {
  /** The first results in their final order; all of them once `complete`. */
  private ordered: number[] = [];
  private complete = false;

  constructor(
    private readonly scored: Int32Array,
    private readonly scores: Float64Array,
    private readonly unscored: readonly number[],
    private readonly names: RankTable,
    readonly length: number,
  ) {}

  slice(start: number, end: number): number[] {
    this.orderTo(Math.min(end, this.length));
    return this.ordered.slice(start, end);
  }

  private orderTo(end: number): void {
    if (this.complete || end <= this.ordered.length) return;
    const count = this.scored.length;
    const wanted = Math.max(end, FIRST_PAGES, 2 * this.ordered.length);
    if (count < SELECT_FROM || wanted * 4 >= count) {
      this.ordered = this.wholeOrder();
      this.complete = true;
    } else {
      this.ordered = this.firstScored(wanted);
    }
  }

  /** Every result: the scored ones best first (ties by name), then the others by name. */
  private wholeOrder(): number[] {
    const { scored, scores, names } = this;
    const order = bestFirst(scores);
    const ordered = new Array<number>(order.length);
    for (let start = 0; start < order.length;) {
      let end = start + 1;
      while (end < order.length && scores[order[end]!] === scores[order[start]!]) end++;
      const ranks = new Int32Array(end - start);
      for (let at = start; at < end; at++) ranks[at - start] = names.rankOf[scored[order[at]!]!]!;
      ranks.sort();
      for (let at = start; at < end; at++) ordered[at] = names.positionAt[ranks[at - start]!]!;
      start = end;
    }
    return this.unscored.length ? ordered.concat(inRankOrder(this.unscored, names)) : ordered;
  }

  /** The first `wanted` scored results in order: those above the wanted-th best score, then its ties by name. */
  private firstScored(wanted: number): number[] {
    const { scored, scores, names } = this;
    const threshold = nthLargest(scores, wanted);
    const above: number[] = [];
    const tiedRanks: number[] = [];
    for (let index = 0; index < scores.length; index++) {
      if (scores[index]! > threshold) above.push(index);
      else if (scores[index] === threshold) tiedRanks.push(names.rankOf[scored[index]!]!);
    }
    above.sort((a, b) => scores[b]! - scores[a]! || names.rankOf[scored[a]!]! - names.rankOf[scored[b]!]!);
    const ties = Int32Array.from(tiedRanks).sort().subarray(0, wanted - above.length);
    const ordered = above.map((index) => scored[index]!);
    for (const rank of ties) ordered.push(names.positionAt[rank]!);
    return ordered;
  }
}

/** The `n`th largest of `values` (1 ≤ n ≤ length; no NaN): a quickselect over a copy, on average linear. */
export function nthLargest(values: Float64Array, n: number): number {
  const copy = Float64Array.from(values);
  const k = n - 1;
  let low = 0;
  let high = copy.length - 1;
  while (low < high) {
    const pivot = medianOfThree(copy[low]!, copy[(low + high) >>> 1]!, copy[high]!);
    let left = low;
    let right = high;
    // Hoare's partition, largest first: values equal to the pivot may land on either side.
    while (left <= right) {
      while (copy[left]! > pivot) left++;
      while (copy[right]! < pivot) right--;
      if (left <= right) {
        const swap = copy[left]!;
        copy[left++] = copy[right]!;
        copy[right--] = swap;
      }
    }
    if (k <= right) high = right;
    else if (k >= left) low = left;
    else return copy[k]!;
  }
  return copy[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
