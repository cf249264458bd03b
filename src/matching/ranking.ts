import type { Catalog } from "../catalog/catalog.ts";
import { compareScored, compiledScorer, type Scored } from "./compiled/score.ts";
import { compareScores, type PairScore, scorePair } from "./engine.ts";
import type { Focus } from "./focus.ts";
import type { Profile } from "./profile.ts";
import { bandsOf, type ScoreBand } from "./score-band.ts";
import type { Weights } from "./weights.ts";

/**
 * Which scorer ranks: the compiled one (compiled/, values only, fast) for every answer; the
 * reference `scorePair` only where a benchmark measures it beside the compiled one. Both give the
 * same scores and order (tests/compiled-equivalence-*.test.ts).
 */
export type Ranking = "compiled" | "reference";

/** A ranked pair with its band among every pair ranked; `pair` when the reference scored it. */
export type Ranked = { a: Profile; b: Profile; score: number; band: ScoreBand; pair?: PairScore };

const compiledRanking = (
  catalog: Catalog,
  focus: Focus,
  weights: Weights,
  askers: readonly Profile[],
  candidates: readonly Profile[],
): Ranked[] => {
  const scorer = compiledScorer(catalog, focus, weights);
  const { byId, profiles } = scorer.compiled;
  const indexOf = (profile: Profile) => {
    const index = byId.get(profile.locality.id);
    if (index === undefined) throw new Error(`${profile.locality.id} is not in the compiled catalog`);
    return index;
  };
  const bs = candidates.map(indexOf);
  const scored: Scored[] = [];
  for (const a of askers.map(indexOf)) for (const b of bs) scored.push(scorer.score(a, b));
  scored.sort(compareScored(scorer.compiled));
  const bands = bandsOf(scored.map((entry) => entry.score));
  return scored.map((entry, index) => {
    const a = profiles[entry.a];
    const b = profiles[entry.b];
    if (!a || !b) throw new Error("a scored pair outside the compiled catalog");
    return { a: a.profile, b: b.profile, score: entry.score, band: bands[index] ?? "weak" };
  });
};

const referenceRanking = (
  catalog: Catalog,
  focus: Focus,
  weights: Weights,
  askers: readonly Profile[],
  candidates: readonly Profile[],
): Ranked[] => {
  const pairs = askers
    .flatMap((a) => candidates.map((b) => scorePair(catalog, a, b, focus, weights)))
    .sort(compareScores);
  const bands = bandsOf(pairs.map((pair) => pair.score));
  return pairs.map((pair, index) => ({ a: pair.a, b: pair.b, score: pair.score, band: bands[index] ?? "weak", pair }));
};

/** Every asker × candidate pair, best first (engine.ts `compareScores`), each with its band among all. */
export const rankPairs = (
  catalog: Catalog,
  focus: Focus,
  weights: Weights,
  askers: readonly Profile[],
  candidates: readonly Profile[],
  ranking: Ranking = "compiled",
): Ranked[] =>
  (ranking === "reference" ? referenceRanking : compiledRanking)(catalog, focus, weights, askers, candidates);

/**
 * The pair in full, findings and all, for a result that is shown: the reference scorer says why,
 * so what a reader sees is exactly what the reference alone gave.
 */
export const pairOf = (catalog: Catalog, entry: Ranked, focus: Focus, weights: Weights): PairScore =>
  entry.pair ?? scorePair(catalog, entry.a, entry.b, focus, weights);
