import type { Catalog } from "../../catalog/catalog.ts";
import { FOCUS_ISSUE_FIT_FACTOR, OFF_FOCUS_SHARE } from "../engine.ts";
import type { Focus } from "../focus.ts";
import { CRITERIA, type Criterion, type Weights } from "../weights.ts";
import { type CompiledCatalog, compiledOf } from "./compile.ts";
import {
  feasibility,
  geography,
  globalAgenda,
  historyCulture,
  industry,
  issueFit,
  nationalPolicy,
  newQuery,
  sharedProblems,
  sizeTier,
  tiesAccess,
} from "./criteria.ts";
import { focusLevels } from "./issue-tables.ts";

/** engine.ts rounds with 10 ** digits, which is exactly 1000 and 10000: the same floats, no pow per pair. */
const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/** One ranked candidate: indexes into the compiled profiles, the score and its first tie-break. */
export type Scored = { a: number; b: number; score: number; issueFit: number };

/**
 * A query's scorer: the focus turned into per-issue levels and the weights into an array once,
 * then each pair costs a few array walks. Values only: no findings, no reasons; the results shown
 * are scored again by the reference `scorePair`, which says why.
 */
export type CompiledScorer = {
  compiled: CompiledCatalog;
  /** Scores the ordered pair (asker a, candidate b); `values` holds the rounded criterion values after. */
  score: (a: number, b: number) => Scored;
  values: Float64Array;
};

export const compiledScorer = (catalog: Catalog, focus: Focus, weights: Weights): CompiledScorer => {
  const compiled = compiledOf(catalog);
  const q = newQuery(compiled.tables, focusLevels(compiled.tables, focus));
  const focused = q.focus.focused;
  const weightOf = Float64Array.from(CRITERIA, (criterion) =>
    criterion === "issueFit" && focused ? weights[criterion] * FOCUS_ISSUE_FIT_FACTOR : weights[criterion],
  );
  const totalWeight = weightOf.reduce((sum, weight) => sum + weight, 0);
  const values = new Float64Array(CRITERIA.length);
  const { profiles } = compiled;
  const score = (ai: number, bi: number): Scored => {
    const a = profiles[ai];
    const b = profiles[bi];
    if (!a || !b) throw new Error(`no compiled profile at ${ai} or ${bi}`);
    q.relevance = 0;
    // CRITERIA order: issueFit, sharedProblems, sizeTier, geography, industry, nationalPolicy,
    // globalAgenda, historyCulture, tiesAccess, feasibility.
    values[0] = round3(issueFit(q, a, b));
    values[1] = round3(sharedProblems(q, a, b));
    values[2] = round3(sizeTier(a, b));
    values[3] = round3(geography(a, b));
    values[4] = round3(industry(q, a, b));
    values[5] = round3(nationalPolicy(q, a, b));
    values[6] = round3(globalAgenda(q, a, b));
    values[7] = round3(historyCulture(q, a, b, ai, bi));
    values[8] = round3(tiesAccess(a, b));
    values[9] = round3(feasibility(a, b));
    let sum = 0;
    for (let index = 0; index < values.length; index++) sum += (weightOf[index] ?? 0) * (values[index] ?? 0);
    const weighted = totalWeight === 0 ? 0 : sum / totalWeight;
    const total = focused ? weighted * (OFF_FOCUS_SHARE + (1 - OFF_FOCUS_SHARE) * q.relevance) : weighted;
    return { a: ai, b: bi, score: round4(total), issueFit: values[0] ?? 0 };
  };
  return { compiled, score, values };
};

/** The criterion values of the last pair scored, by name (for tests that localise a difference). */
export const valuesByCriterion = (scorer: CompiledScorer): Record<Criterion, number> =>
  Object.fromEntries(CRITERIA.map((criterion, index) => [criterion, scorer.values[index] ?? 0])) as Record<
    Criterion,
    number
  >;

/** engine.ts `compareScores` on compiled entries: score, issue fit, candidate id, asker id. */
export const compareScored =
  (compiled: CompiledCatalog) =>
  (x: Scored, y: Scored): number =>
    y.score - x.score ||
    y.issueFit - x.issueFit ||
    (compiled.profiles[x.b]?.idRank ?? 0) - (compiled.profiles[y.b]?.idRank ?? 0) ||
    (compiled.profiles[x.a]?.idRank ?? 0) - (compiled.profiles[y.a]?.idRank ?? 0);

/** Scores and sorts the candidates of one asker, best first. */
export const rankCompiled = (scorer: CompiledScorer, asker: number, candidates: Iterable<number>): Scored[] => {
  const ranked: Scored[] = [];
  for (const candidate of candidates) ranked.push(scorer.score(asker, candidate));
  return ranked.sort(compareScored(scorer.compiled));
};
