import type { Catalog } from "../catalog/catalog.ts";
import type { CompiledCatalog } from "./compiled/compile.ts";
import { pairOrder } from "./compiled/pair-order.ts";
import { compiledScorer } from "./compiled/score.ts";
import { compareScores, type PairScore, scorePair } from "./engine.ts";
import type { Focus } from "./focus.ts";
import type { Profile } from "./profile.ts";
import type { ScoreBand } from "./score-band.ts";
import * as scoreBands from "./score-band.ts";
import type { Weights } from "./weights.ts";

// Read once: under tsx every use of an imported name is a getter call (compiled/criteria.ts).
const { bandsOf, scoreBand } = scoreBands;

/**
 * Which scorer ranks: the compiled one (compiled/, values only, fast) for every answer; the
 * reference `scorePair` only where a benchmark measures it beside the compiled one. Both give the
 * same scores and order (tests/compiled-equivalence-*.test.ts).
 */
export type Ranking = "compiled" | "reference";

/** A ranked pair with its band among every pair ranked; `pair` when the reference scored it. */
export type Ranked = { a: Profile; b: Profile; score: number; band: ScoreBand; pair?: PairScore };

/**
 * Every pair of a query, best first, each with its band. Read in order: the compiled ranking puts
 * a pair in order only when it is read (pair-order.ts), as answers read their first few.
 */
export type RankedPairs = Iterable<Ranked> & {
  /** How many pairs were ranked: the candidates bands are shares of. */
  readonly length: number;
  /** The first `count` pairs (fewer if there are fewer). */
  take: (count: number) => Ranked[];
};

/** Pairs drawn in order on demand, kept once drawn, so they can be read again from the start. */
const drawnInOrder = (length: number, next: (index: number) => Ranked | undefined): RankedPairs => {
  const drawn: Ranked[] = [];
  const at = (index: number): Ranked | undefined => {
    while (drawn.length <= index) {
      const entry = next(drawn.length);
      if (!entry) return undefined;
      drawn.push(entry);
    }
    return drawn[index];
  };
  return {
    length,
    take: (count) => {
      at(Math.min(count, length) - 1);
      return drawn.slice(0, count);
    },
    // A plain iterator, not a generator: reading a whole ranking of 1,800 pairs this way costs a
    // third of what resuming a generator for each did.
    [Symbol.iterator]: () => {
      let index = 0;
      return {
        next: (): IteratorResult<Ranked, undefined> => {
          // Read past what is drawn only one pair at a time: draw that one, no loop.
          let entry = drawn[index];
          if (!entry && index === drawn.length && index < length) {
            entry = next(index);
            if (entry) drawn.push(entry);
          }
          if (!entry) return { done: true, value: undefined };
          index++;
          return { done: false, value: entry };
        },
      };
    },
  };
};

/**
 * The candidates of the last compiled ranking, per compiled catalog, with their indexes. Askers
 * of one country rank the same described candidates first (candidate-pool.ts), so most of a pool
 * is the last pool's profiles at the same places: comparing two references is cheaper than
 * looking each profile up in a map of ten thousand.
 */
type Candidates = { profiles: readonly Profile[]; indexes: readonly number[]; ranks: readonly number[] };
const lastCandidates = new WeakMap<CompiledCatalog, Candidates>();

const compiledRanking = (
  catalog: Catalog,
  focus: Focus,
  weights: Weights,
  askers: readonly Profile[],
  candidates: readonly Profile[],
): RankedPairs => {
  const scorer = compiledScorer(catalog, focus, weights);
  const { byId, byProfile, profiles } = scorer.compiled;
  /** The compiled indexes of a list of profiles, and their id ranks (compile.ts `idRank`). */
  const indexesOf = (list: readonly Profile[], previous?: Candidates): Candidates => {
    const indexes: number[] = [];
    const ranks: number[] = [];
    for (let at = 0; at < list.length; at++) {
      const profile = list[at];
      if (!profile) throw new Error("a hole in a list of profiles");
      // The same profile object at the same place as last time: the same index, no look-up.
      if (previous?.profiles[at] === profile) {
        indexes[at] = previous.indexes[at] ?? 0;
        ranks[at] = previous.ranks[at] ?? 0;
        continue;
      }
      const index = byProfile.get(profile) ?? byId.get(profile.locality.id);
      if (index === undefined) throw new Error(`${profile.locality.id} is not in the compiled catalog`);
      indexes[at] = index;
      ranks[at] = profiles[index]?.idRank ?? 0;
    }
    return { profiles: list, indexes, ranks };
  };
  const asking = indexesOf(askers);
  const as = asking.indexes;
  const candidatesNow = indexesOf(candidates, lastCandidates.get(scorer.compiled));
  const bs = candidatesNow.indexes;
  lastCandidates.set(scorer.compiled, candidatesNow);
  const { scores, issueFit } = scorer.scoreAll(as, bs);
  const next = pairOrder({ scores, issueFit, askerRank: asking.ranks, candidateRank: candidatesNow.ranks });
  // bandsOf on the scores in order: a tie takes the rank of its first member.
  let firstOfTie = 1;
  let previous = Number.NaN;
  // One asker (every answer's ranking): pair p is candidate p.
  const single = askers.length === 1;
  return drawnInOrder(scores.length, (index) => {
    const p = next();
    if (p < 0) return undefined;
    const a = single ? askers[0] : askers[Math.floor(p / bs.length)];
    const b = candidates[single ? p : p % bs.length];
    const score = scores[p] ?? 0;
    if (!a || !b) throw new Error("a scored pair outside the query");
    if (index === 0 || score !== previous) firstOfTie = index + 1;
    previous = score;
    return { a, b, score, band: scoreBand(firstOfTie, scores.length) };
  });
};

const referenceRanking = (
  catalog: Catalog,
  focus: Focus,
  weights: Weights,
  askers: readonly Profile[],
  candidates: readonly Profile[],
): RankedPairs => {
  const pairs = askers
    .flatMap((a) => candidates.map((b) => scorePair(catalog, a, b, focus, weights)))
    .sort(compareScores);
  const bands = bandsOf(pairs.map((pair) => pair.score));
  const ranked = pairs.map((pair, index) => ({
    a: pair.a,
    b: pair.b,
    score: pair.score,
    band: bands[index] ?? "weak",
    pair,
  }));
  return {
    length: ranked.length,
    take: (count) => ranked.slice(0, count),
    [Symbol.iterator]: () => ranked[Symbol.iterator](),
  };
};

/** Every asker × candidate pair, best first (engine.ts `compareScores`), each with its band among all. */
export const rankPairs = (
  catalog: Catalog,
  focus: Focus,
  weights: Weights,
  askers: readonly Profile[],
  candidates: readonly Profile[],
  ranking: Ranking = "compiled",
): RankedPairs =>
  (ranking === "reference" ? referenceRanking : compiledRanking)(catalog, focus, weights, askers, candidates);

/**
 * The pair in full, findings and all, for a result that is shown: the reference scorer says why,
 * so what a reader sees is exactly what the reference alone gave.
 */
export const pairOf = (catalog: Catalog, entry: Ranked, focus: Focus, weights: Weights): PairScore =>
  entry.pair ?? scorePair(catalog, entry.a, entry.b, focus, weights);
