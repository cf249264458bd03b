import type { Catalog } from "../../catalog/catalog.ts";
import * as engine from "../engine.ts";
import type { Focus } from "../focus.ts";
import { CRITERIA, type Criterion, type Weights } from "../weights.ts";
import * as marks from "./asker-marks.ts";
import { type CompiledCatalog, type CompiledProfile, compiledOf } from "./compile.ts";
import * as criteria from "./criteria.ts";
import * as geoPairsModule from "./geo-pairs.ts";
import * as interactionsModule from "./interactions.ts";
import { focusLevels } from "./issue-tables.ts";
import * as meetsModule from "./meets.ts";
import { pairOrder } from "./pair-order.ts";
import type { Query } from "./query.ts";
import * as reachRowsModule from "./reach-rows.ts";

// Read once into module constants: under tsx every use of an imported name is a getter call (criteria.ts).
const {
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
} = criteria;
const { FOCUS_ISSUE_FIT_FACTOR, OFF_FOCUS_SHARE } = engine;
const { markAsker, unmarkAsker } = marks;
const { AGENDA, BACKWARD, FORWARD, INDUSTRY, interactions, interactionsAll, POLICY, PROBLEMS } = interactionsModule;
const { meetsOf } = meetsModule;
const { fillRow, reachRowsOf } = reachRowsModule;
const { geoPairsOf } = geoPairsModule;

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
  /**
   * Every asker × candidate pair's score and issue fit, into one slot per pair (pair p is asker
   * ⌊p / candidates⌋, candidate p mod candidates): no object per pair.
   */
  scoreAll: (askers: readonly number[], candidates: readonly number[]) => { scores: number[]; issueFit: number[] };
};

/**
 * The focus as levels and the scratch space, per catalog and focus: building them walks every
 * issue, which for one asker's ranking cost as much as scoring a tenth of its candidates. A Focus
 * is never changed once made (its fields are read-only), so the same object means the same levels.
 */
const queries = new WeakMap<CompiledCatalog, WeakMap<Focus, Query>>();

const queryOf = (compiled: CompiledCatalog, focus: Focus): Query => {
  let byFocus = queries.get(compiled);
  if (!byFocus) {
    byFocus = new WeakMap();
    queries.set(compiled, byFocus);
  }
  let q = byFocus.get(focus);
  if (!q) {
    q = newQuery(compiled.tables, focusLevels(compiled.tables, focus), compiled.profiles.length);
    byFocus.set(focus, q);
  }
  return q;
};

/**
 * Scorers by query and weights: making one (weights as an array, scratch arrays, closures) cost
 * about a tenth of ranking one asker's pool, and answers use the same few weights objects
 * (DEFAULT_WEIGHTS) again and again. A scorer keeps nothing between calls but its scratch.
 */
const scorers = new WeakMap<Query, WeakMap<Weights, { scorer: CompiledScorer; seen: number[] }>>();

export const compiledScorer = (catalog: Catalog, focus: Focus, weights: Weights): CompiledScorer => {
  const compiled = compiledOf(catalog);
  const q = queryOf(compiled, focus);
  let byWeights = scorers.get(q);
  if (!byWeights) {
    byWeights = new WeakMap();
    scorers.set(q, byWeights);
  }
  const seen = CRITERIA.map((criterion) => weights[criterion]);
  let cached = byWeights.get(weights);
  // Weights is a plain record: a caller that changed one after use gets a scorer made afresh.
  if (!cached || cached.seen.some((weight, index) => weight !== seen[index])) {
    cached = { scorer: newScorer(compiled, q, weights), seen };
    byWeights.set(weights, cached);
  }
  return cached.scorer;
};

const newScorer = (compiled: CompiledCatalog, q: Query, weights: Weights): CompiledScorer => {
  const focused = q.focus.focused;
  const weightOf = new Float64Array(CRITERIA.length);
  let totalWeight = 0;
  for (const [index, criterion] of CRITERIA.entries()) {
    weightOf[index] =
      criterion === "issueFit" && focused ? weights[criterion] * FOCUS_ISSUE_FIT_FACTOR : weights[criterion];
    totalWeight += weightOf[index] ?? 0;
  }
  const values = new Float64Array(CRITERIA.length);
  // The weights as numbers in the closure, in CRITERIA order (the order scorePair lists them in).
  if (CRITERIA.length !== 10) throw new Error("the compiled scorer sums ten criteria");
  const weight = (index: number) => weightOf[index] ?? 0;
  const w0 = weight(0);
  const w1 = weight(1);
  const w2 = weight(2);
  const w3 = weight(3);
  const w4 = weight(4);
  const w5 = weight(5);
  const w6 = weight(6);
  const w7 = weight(7);
  const w8 = weight(8);
  const w9 = weight(9);
  const { profiles } = compiled;
  const profileAt = (index: number) => {
    const profile = profiles[index];
    if (!profile) throw new Error(`no compiled profile at ${index}`);
    return profile;
  };
  const { tables } = compiled;
  /**
   * Geography depends on the two profiles' kinds alone (in their order), whatever the query: a
   * pair of kinds lists scored once is read back for any asker (geo-pairs.ts).
   */
  const geoPairs = geoPairsOf(compiled);
  const geographyOf = (a: CompiledProfile, b: CompiledProfile): number => {
    const at = a.geoSignature * geoPairs.signatures + b.geoSignature;
    const known = geoPairs.values[at] ?? Number.NaN;
    if (!Number.isNaN(known)) return known;
    const value = round3(geography(a, b));
    geoPairs.values[at] = value;
    return value;
  };
  // Issue fit counts offers on the typed issue even where no need of either side is met.
  const fitAlways = q.focus.asked.length > 0;
  /**
   * The pair's score, asker a marked (asker-marks.ts) and `mask` the criteria the pair can have
   * findings on (interactions.ts); its rounded criterion values are left in `values`. A criterion
   * with no possible finding is 0 without being called (its value with no finding, as the
   * criterion itself would give).
   */
  const scorePair = (a: CompiledProfile, b: CompiledProfile, bi: number, mask: number): number => {
    q.relevance = 0;
    // CRITERIA order: issueFit, sharedProblems, sizeTier, geography, industry, nationalPolicy,
    // globalAgenda, historyCulture, tiesAccess, feasibility.
    const fit = fitAlways || (mask & (FORWARD | BACKWARD)) !== 0 ? round3(issueFit(q, a, b, mask)) : 0;
    const problems = (mask & PROBLEMS) !== 0 ? round3(sharedProblems(q, a, b)) : 0;
    const size = round3(sizeTier(a, b));
    const place = geographyOf(a, b);
    const sectors = (mask & INDUSTRY) !== 0 ? round3(industry(q, a, b)) : 0;
    const policy = (mask & POLICY) !== 0 ? round3(nationalPolicy(q, a, b)) : 0;
    const agenda = (mask & AGENDA) !== 0 ? round3(globalAgenda(q, a, b)) : 0;
    const history = round3(historyCulture(q, a, b, q.links[bi] ?? 0));
    const ties = round3(tiesAccess(q, a, b, bi));
    const feasible = round3(feasibility(a, b));
    values[0] = fit;
    values[1] = problems;
    values[2] = size;
    values[3] = place;
    values[4] = sectors;
    values[5] = policy;
    values[6] = agenda;
    values[7] = history;
    values[8] = ties;
    values[9] = feasible;
    // Summed in CRITERIA order, as the reference sums: the same float at every step.
    let sum = 0;
    sum += w0 * fit;
    sum += w1 * problems;
    sum += w2 * size;
    sum += w3 * place;
    sum += w4 * sectors;
    sum += w5 * policy;
    sum += w6 * agenda;
    sum += w7 * history;
    sum += w8 * ties;
    sum += w9 * feasible;
    const weighted = totalWeight === 0 ? 0 : sum / totalWeight;
    return round4(focused ? weighted * (OFF_FOCUS_SHARE + (1 - OFF_FOCUS_SHARE) * q.relevance) : weighted);
  };
  const score = (ai: number, bi: number): Scored => {
    const a = profileAt(ai);
    const b = profileAt(bi);
    markAsker(q, ai, a);
    try {
      const mask = interactions(a.askerWords, meetsOf(tables, a).reach, b.candidateWords, meetsOf(tables, b).reach);
      const total = scorePair(a, b, bi, mask);
      return { a: ai, b: bi, score: total, issueFit: values[0] ?? 0 };
    } finally {
      // The marks outlive this call in the focus's cached query: never leave them set.
      unmarkAsker(q, ai, a);
    }
  };
  /** Each candidate's interactions with the asker being scored; kept between calls, grown as needed. */
  let masks = new Int32Array(256);
  // Plain arrays: typed ones this size live outside the heap and cost more to make (pair-order.ts).
  const scoreAll = (askers: readonly number[], candidates: readonly number[]) => {
    const scores: number[] = [];
    const fits: number[] = [];
    const others: CompiledProfile[] = [];
    const rows = reachRowsOf(compiled);
    for (const bi of candidates) {
      const b = profileAt(bi);
      others.push(b);
      fillRow(compiled, rows, b, bi);
    }
    if (masks.length < others.length) masks = new Int32Array(others.length * 2);
    let p = 0;
    for (const ai of askers) {
      const a = profileAt(ai);
      markAsker(q, ai, a);
      try {
        interactionsAll(a.askerWords, meetsOf(tables, a).reach, others, candidates, rows.rows, rows.width, masks);
        for (let c = 0; c < others.length; c++) {
          const b = others[c];
          if (!b) throw new Error("a hole in a list of profiles");
          scores[p] = scorePair(a, b, candidates[c] ?? 0, masks[c] ?? 0);
          fits[p++] = values[0] ?? 0;
        }
      } finally {
        unmarkAsker(q, ai, a);
      }
    }
    return { scores, issueFit: fits };
  };
  return { compiled, score, values, scoreAll };
};

/** The criterion values of the last pair scored, by name (for tests that localise a difference). */
export const valuesByCriterion = (scorer: CompiledScorer): Record<Criterion, number> =>
  Object.fromEntries(CRITERIA.map((criterion, index) => [criterion, scorer.values[index] ?? 0])) as Record<
    Criterion,
    number
  >;

/** The candidates of one asker, best first, scored and ordered as rankPairs orders them (pair-order.ts). */
export const rankCompiled = (scorer: CompiledScorer, asker: number, candidates: readonly number[]): Scored[] => {
  const bs = [...candidates];
  const { scores, issueFit } = scorer.scoreAll([asker], bs);
  const rankOf = (index: number) => scorer.compiled.profiles[index]?.idRank ?? 0;
  const next = pairOrder({ scores, issueFit, askerRank: [rankOf(asker)], candidateRank: bs.map(rankOf) });
  const ranked: Scored[] = [];
  for (let p = next(); p >= 0; p = next())
    ranked.push({ a: asker, b: bs[p] ?? -1, score: scores[p] ?? 0, issueFit: issueFit[p] ?? 0 });
  return ranked;
};
