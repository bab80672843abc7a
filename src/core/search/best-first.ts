/**
 * Orders a search's hits best first without a comparator sort: the scores' own bits, sorted
 * natively or by radix. Split from search-scoring.ts, which works the scores out.
 */
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
