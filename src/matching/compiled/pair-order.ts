/**
 * The keys engine.ts `compareScores` orders pairs by, one slot per pair. Pair p is asker
 * ⌊p / candidates⌋ with candidate p mod candidates: the order in which the reference lists pairs
 * before its (stable) sort, so p is also the last tie-break.
 */
export type PairKeys = {
  scores: readonly number[];
  issueFit: readonly number[];
  /** idRank (compile.ts) of each asker and of each candidate, by position in the query. */
  askerRank: readonly number[];
  candidateRank: readonly number[];
};

/**
 * Pair numbers best first, drawn one at a time. One asker's pool is sorted at once on one packed
 * number per pair (sortedOrder); a larger query draws from a binary heap: building it costs about
 * two comparisons per pair and each draw about two per level, so an answer that reads its first
 * ten pairs does not pay to sort a thousand. Either way the order is `compareScores` term by term
 * (the heap uses the same subtractions, so the same answer on any float), then the pair number,
 * which is what the reference's stable sort falls back to. Plain arrays, not typed ones: a typed
 * array over 64 bytes is allocated outside the JavaScript heap, which for one asker's ranking
 * cost more than drawing its pairs.
 */
export const pairOrder = (keys: PairKeys): (() => number) => {
  const { scores, askerRank, candidateRank } = keys;
  const candidates = candidateRank.length;
  // The two id ranks as one number per pair, candidate first: ranks are below the number of
  // profiles, so rank × profiles + rank orders as the two terms in turn and stays an exact integer.
  // One asker's rank is the same in every pair: the candidate's alone orders them (and packs smaller).
  let span = 1;
  if (askerRank.length > 1) for (const rank of askerRank) span = Math.max(span, rank + 1);
  // One asker (an answer's ranking): pair p is candidate p, whose rank is the key as it stands.
  let ids = candidateRank;
  if (askerRank.length !== 1 || scores.length !== candidates) {
    const packedIds: number[] = [];
    for (let p = 0; p < scores.length; p++)
      packedIds[p] =
        span === 1
          ? (candidateRank[p % candidates] ?? 0)
          : (candidateRank[p % candidates] ?? 0) * span + (askerRank[Math.floor(p / candidates)] ?? 0);
    ids = packedIds;
  }
  return (scores.length <= SORTED_UP_TO && sortedOrder(keys, ids)) || heapOrder(keys, ids);
};

/**
 * Up to this many pairs (one asker's pool: about 140 to 1,800) they are put in order at once by
 * one packed number per pair, sorted natively: cheaper than a heap, whose every comparison is a
 * call. Past it (bestPairs' 250,000 pairs) an answer reading ten pairs should not sort them all.
 */
const SORTED_UP_TO = 4096;

/** Scratch for the packed keys, kept between rankings: a typed array this size is allocated outside the heap. */
let packed = new Float64Array(256);

/**
 * `compareScores` as one exact integer per pair, smallest first: (10⁴ − score × 10⁴), then
 * (10³ − issue fit × 10³), then the id ranks, then the pair number (in the low bits). Scores are rounded to four
 * decimals and issue fit to three (engine.ts), so × 10⁴ and × 10³ rounded give back the integers
 * they were made from, in the same order as the floats. undefined when a key is outside those
 * ranges (weights no one uses) or the product would pass 2⁵³: then the heap orders them.
 */
const sortedOrder = (keys: PairKeys, ids: readonly number[]): (() => number) | undefined => {
  const { scores, issueFit } = keys;
  const count = scores.length;
  let idSpan = 1;
  for (const id of ids) idSpan = Math.max(idSpan, id + 1);
  // The pair number in the low bits, below a power of two: taken back out by exact arithmetic
  // (a product by a power of two and a floor), where `% count` was a float remainder per pair.
  let slots = 1;
  while (slots < count) slots *= 2;
  const perSlot = 1 / slots;
  if (10_001 * 1_001 * idSpan * slots >= 2 ** 53) return undefined;
  if (packed.length < count) packed = new Float64Array(Math.max(count, packed.length * 2));
  const view = packed.subarray(0, count);
  for (let p = 0; p < count; p++) {
    const score = scores[p] ?? 0;
    const fit = issueFit[p] ?? 0;
    const scoreStep = Math.round(score * 10_000);
    const fitStep = Math.round(fit * 1_000);
    // Only a score that is exactly its rounded four decimals (and issue fit three) packs in order.
    if (!(scoreStep >= 0 && scoreStep <= 10_000 && scoreStep / 10_000 === score)) return undefined;
    if (!(fitStep >= 0 && fitStep <= 1_000 && fitStep / 1_000 === fit)) return undefined;
    view[p] = (((10_000 - scoreStep) * 1_001 + (1_000 - fitStep)) * idSpan + (ids[p] ?? 0)) * slots + p;
  }
  view.sort();
  // Read out now: the scratch is reused by the next ranking, which may start before this one is read.
  const order: number[] = [];
  for (let at = 0; at < count; at++) {
    const key = view[at] ?? 0;
    order[at] = key - Math.floor(key * perSlot) * slots;
  }
  let at = 0;
  return () => (at < count ? (order[at++] ?? -1) : -1);
};

/** A binary heap over the pair numbers, ordered by `compareScores` term by term. */
const heapOrder = (keys: PairKeys, ids: readonly number[]): (() => number) => {
  const { scores, issueFit } = keys;
  const order = (x: number, y: number): number =>
    (scores[y] ?? 0) - (scores[x] ?? 0) ||
    (issueFit[y] ?? 0) - (issueFit[x] ?? 0) ||
    (ids[x] ?? 0) - (ids[y] ?? 0) ||
    x - y;
  const before = (x: number, y: number): boolean => order(x, y) < 0;
  const heap: number[] = [];
  for (let p = 0; p < scores.length; p++) heap[p] = p;
  let size = heap.length;
  const siftDown = (from: number): void => {
    const moving = heap[from] ?? 0;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && before(heap[right] ?? 0, heap[left] ?? 0) ? right : left;
      const best = heap[child] ?? 0;
      if (!before(best, moving)) break;
      heap[at] = best;
      at = child;
    }
    heap[at] = moving;
  };
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at);
  /** The next pair, or -1 once every pair is drawn. */
  return () => {
    if (size === 0) return -1;
    const top = heap[0] ?? 0;
    size--;
    if (size > 0) {
      heap[0] = heap[size] ?? 0;
      siftDown(0);
    }
    return top;
  };
};
