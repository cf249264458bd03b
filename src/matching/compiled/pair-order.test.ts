import { describe, expect, it } from "vitest";
import { type PairKeys, pairOrder } from "./pair-order.ts";

/**
 * pairOrder against a plain sort with `compareScores`' terms, on many ties: one asker's pool
 * (sorted on packed keys), several askers, a query too large to sort at once (heap), and scores
 * that are not rounded (heap again). Whichever way, the same order.
 */
const seeded = (seed: number) => {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
};

const keysFor = (seed: number, askers: number, candidates: number, round = true): PairKeys => {
  const random = seeded(seed);
  const step = (digits: number) => {
    // Few distinct values, so that scores and issue fits tie often.
    const value = Math.floor(random() * 6) / 7;
    return round ? Math.round(value * 10 ** digits) / 10 ** digits : value;
  };
  const count = askers * candidates;
  return {
    scores: Array.from({ length: count }, () => step(4)),
    issueFit: Array.from({ length: count }, () => step(3)),
    // Ranks repeat: two localities whose ids compare equal share one.
    askerRank: Array.from({ length: askers }, () => Math.floor(random() * askers * 2)),
    candidateRank: Array.from({ length: candidates }, () => Math.floor(random() * 9_000)),
  };
};

const expected = ({ scores, issueFit, askerRank, candidateRank }: PairKeys): number[] => {
  const candidates = candidateRank.length;
  const id = (p: number) => [candidateRank[p % candidates] ?? 0, askerRank[Math.floor(p / candidates)] ?? 0];
  return [...scores.keys()].sort((x, y) => {
    const [cx = 0, ax = 0] = id(x);
    const [cy = 0, ay = 0] = id(y);
    return (
      (scores[y] ?? 0) - (scores[x] ?? 0) || (issueFit[y] ?? 0) - (issueFit[x] ?? 0) || cx - cy || ax - ay || x - y
    );
  });
};

const drawn = (keys: PairKeys): number[] => {
  const next = pairOrder(keys);
  const order: number[] = [];
  for (let p = next(); p >= 0; p = next()) order.push(p);
  return order;
};

describe("pairOrder", () => {
  it("orders one asker's pool as compareScores does, whatever the asker's rank", () => {
    for (const seed of [1, 2, 3]) {
      const keys = keysFor(seed, 1, 150);
      expect(drawn(keys)).toEqual(expected(keys));
      const late = { ...keys, askerRank: [9_700] };
      expect(drawn(late)).toEqual(expected(late));
    }
  });

  it("orders several askers' pairs, ties on the candidate's id broken by the asker's", () => {
    const keys = keysFor(4, 12, 140);
    expect(drawn(keys)).toEqual(expected(keys));
    const sameRank = { ...keysFor(9, 3, 50), askerRank: [0, 0, 0] };
    expect(drawn(sameRank)).toEqual(expected(sameRank));
  });

  it("orders a query too large to sort at once, and scores that are not rounded", () => {
    const large = keysFor(5, 30, 200);
    expect(drawn(large)).toEqual(expected(large));
    const unrounded = keysFor(6, 1, 300, false);
    expect(drawn(unrounded)).toEqual(expected(unrounded));
  });

  it("gives a second ranking made before the first is read its own order", () => {
    const first = keysFor(7, 1, 100);
    const second = keysFor(8, 1, 120);
    const next = pairOrder(first);
    const head = [next(), next()];
    expect(drawn(second)).toEqual(expected(second));
    const rest: number[] = [];
    for (let p = next(); p >= 0; p = next()) rest.push(p);
    expect([...head, ...rest]).toEqual(expected(first));
  });
});
