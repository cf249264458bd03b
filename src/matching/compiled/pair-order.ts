/**
 * The keys engine.ts `compareScores` orders pairs by, one slot per pair. Pair p is asker
 * ⌊p / candidates⌋ with candidate p mod candidates: the order in which the reference lists pairs
 * before its (stable) sort, so p is also the last tie-break.
 */
export type PairKeys = {
  scores: Float64Array;
  issueFit: Float64Array;
  /** idRank (compile.ts) of each asker and of each candidate, by position in the query. */
  askerRank: Int32Array;
  candidateRank: Int32Array;
};

/**
 * Pair numbers best first, drawn one at a time from a binary heap: building it costs about two
 * comparisons per pair and each draw about two per level, so an answer that reads its first ten
 * pairs does not pay to sort a thousand. The comparison is `compareScores` term by term (the same
 * subtractions, so the same answer on any float), then the pair number, which is what the
 * reference's stable sort falls back to.
 */
export const pairOrder = (keys: PairKeys): (() => number) => {
  const { scores, issueFit, askerRank, candidateRank } = keys;
  const candidates = candidateRank.length;
  // The two id ranks as one number per pair, candidate first: ranks are below the number of
  // profiles, so rank × profiles + rank orders as the two terms in turn and stays an exact integer.
  let span = 1;
  for (const rank of askerRank) span = Math.max(span, rank + 1);
  const ids = new Float64Array(scores.length);
  for (let p = 0; p < ids.length; p++)
    ids[p] = (candidateRank[p % candidates] ?? 0) * span + (askerRank[Math.floor(p / candidates)] ?? 0);
  const before = (x: number, y: number): boolean =>
    ((scores[y] ?? 0) - (scores[x] ?? 0) ||
      (issueFit[y] ?? 0) - (issueFit[x] ?? 0) ||
      (ids[x] ?? 0) - (ids[y] ?? 0) ||
      x - y) < 0;
  const heap = new Int32Array(scores.length);
  for (let p = 0; p < heap.length; p++) heap[p] = p;
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
