import { buildCatalog, type Catalog } from "../../src/catalog/catalog.ts";
import { loadReferenceData } from "../../src/catalog/load.ts";
import { loadConfig } from "../../src/config.ts";
import type { Locality } from "../../src/domain/locality.ts";
import type { CompiledCatalog } from "../../src/matching/compiled/compile.ts";
import {
  type CompiledScorer,
  compiledScorer,
  rankCompiled,
  type Scored,
  valuesByCriterion,
} from "../../src/matching/compiled/score.ts";
import { compareScores, type PairScore, scorePair } from "../../src/matching/engine.ts";
import { type Focus, NO_FOCUS } from "../../src/matching/focus.ts";
import { profileOf } from "../../src/matching/profile.ts";
import { understandIssue } from "../../src/matching/understand-issue.ts";
import { CRITERIA, DEFAULT_WEIGHTS } from "../../src/matching/weights.ts";

/**
 * The compiled scorer against the reference `scorePair`, pair by pair and ranking by ranking, on
 * the reference dataset. Every difference is collected with the pair and the criterion it is in,
 * so a failure says where the two part ways.
 */
export const TOP = 20;

let loaded: Catalog | undefined;
export const referenceCatalog = (): Catalog => {
  loaded ??= buildCatalog(loadReferenceData(loadConfig(process.env).dataDir).data);
  return loaded;
};

export const focusFor = (catalog: Catalog, issue: string | undefined): Focus => {
  if (issue === undefined) return NO_FOCUS;
  const { focus } = understandIssue(catalog, issue);
  if (focus.asked.length === 0) throw new Error(`"${issue}" is not understood: the comparison would test nothing`);
  return focus;
};

export type Comparison = { pairs: number; differences: string[] };

const describe = (pair: PairScore) => `${pair.a.locality.id}→${pair.b.locality.id}`;

/** Compares every pair's criterion values and score, then the top of the ranking. */
export const compareAsker = (
  catalog: Catalog,
  scorer: CompiledScorer,
  focus: Focus,
  asker: Locality,
  candidates: readonly Locality[],
  into: Comparison,
): void => {
  const a = profileOf(catalog, asker);
  const { byId } = scorer.compiled;
  const ai = byId.get(asker.id) ?? -1;
  const reference: PairScore[] = [];
  for (const candidate of candidates) {
    const pair = scorePair(catalog, a, profileOf(catalog, candidate), focus, DEFAULT_WEIGHTS);
    reference.push(pair);
    const compiled = scorer.score(ai, byId.get(candidate.id) ?? -1);
    const values = valuesByCriterion(scorer);
    into.pairs++;
    for (const criterion of CRITERIA)
      if (Math.abs(values[criterion] - pair.criteria[criterion]) > 1e-9)
        into.differences.push(`${describe(pair)} ${criterion}: ${values[criterion]} ≠ ${pair.criteria[criterion]}`);
    if (Math.abs(compiled.score - pair.score) > 1e-9)
      into.differences.push(`${describe(pair)} score: ${compiled.score} ≠ ${pair.score}`);
  }
  const expected = reference.sort(compareScores).slice(0, TOP);
  const ranked = rankCompiled(
    scorer,
    ai,
    candidates.map((candidate) => byId.get(candidate.id) ?? -1),
  ).slice(0, TOP);
  for (const [index, pair] of expected.entries()) {
    const got = ranked[index];
    const id = got ? scorer.compiled.profiles[got.b]?.id : undefined;
    if (id !== pair.b.locality.id || !got || Math.abs(got.score - pair.score) > 1e-9)
      into.differences.push(
        `${asker.id} top ${index + 1}: compiled ${id} ${got?.score} ≠ reference ${pair.b.locality.id} ${pair.score}`,
      );
  }
};

export const scorerFor = (catalog: Catalog, focus: Focus): CompiledScorer =>
  compiledScorer(catalog, focus, DEFAULT_WEIGHTS);

export const byCountry = (catalog: Catalog, country: "TH" | "JP"): Locality[] =>
  catalog.data.localities.filter((locality) => locality.country === country);

/** Every asker against every candidate with one focus (the issue typed as people type it, or none). */
export const compareEveryPair = (
  catalog: Catalog,
  issue: string | undefined,
  askers: readonly Locality[],
  candidates: readonly Locality[],
): Comparison => {
  const focus = focusFor(catalog, issue);
  const scorer = scorerFor(catalog, focus);
  const comparison: Comparison = { pairs: 0, differences: [] };
  for (const asker of askers) compareAsker(catalog, scorer, focus, asker, candidates, comparison);
  return comparison;
};

/**
 * engine.ts `compareScores` on compiled entries (score, issue fit, candidate id, asker id): a plain
 * sort to hold the production ordering (pair-order.ts) against, kept here as only tests use it.
 */
export const compareScored =
  (compiled: CompiledCatalog) =>
  (x: Scored, y: Scored): number =>
    y.score - x.score ||
    y.issueFit - x.issueFit ||
    (compiled.profiles[x.b]?.idRank ?? 0) - (compiled.profiles[y.b]?.idRank ?? 0) ||
    (compiled.profiles[x.a]?.idRank ?? 0) - (compiled.profiles[y.a]?.idRank ?? 0);
