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
 * Pair numbers best first, drawn one at a time from a binary heap: building it costs about two
 * comparisons per pair and each draw about two per level, so an answer that reads its first ten
 * pairs does not pay to sort a thousand (and reading them all costs no more than a typed sort
 * with a comparator did). The comparison is `compareScores` term by term (the same subtractions,
 * so the same answer on any float), then the pair number, which is what the reference's stable
 * sort falls back to. Plain arrays, not typed ones: a typed array over 64 bytes is allocated
 * outside the JavaScript heap, which for one asker's ranking cost more than drawing its pairs.
 */
export const pairOrder = (keys: PairKeys): (() => number) => {
  const { scores, issueFit, askerRank, candidateRank } = keys;
  const candidates = candidateRank.length;
  // The two id ranks as one number per pair, candidate first: ranks are below the number of
  // profiles, so rank × profiles + rank orders as the two terms in turn and stays an exact integer.
  let span = 1;
  for (const rank of askerRank) span = Math.max(span, rank + 1);
  const ids: number[] = [];
  for (let p = 0; p < scores.length; p++)
    ids[p] = (candidateRank[p % candidates] ?? 0) * span + (askerRank[Math.floor(p / candidates)] ?? 0);
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
