import type { Catalog } from "../catalog/catalog.ts";
import type { Locality, Tier } from "../domain/locality.ts";
import { CRITERION_FNS } from "./criteria/index.ts";
import { relationsBetween } from "./criteria/ties-access.ts";
import type { Finding } from "./evidence.ts";
import type { CriterionOutcome } from "./explain.ts";
import { FALLBACK_WEIGHT, type Focus, hasFocus } from "./focus.ts";
import type { Profile } from "./profile.ts";
import { CRITERIA, type Criterion, DEFAULT_WEIGHTS, type Weights } from "./weights.ts";

export type Flag =
  | { code: "already-related"; relation: string; status: string }
  | { code: "dormant-relation"; relation: string; status: string }
  | { code: "past-event"; relation: string; status: string }
  | { code: "thin-data"; facts: number }
  | { code: "signs-via-province"; province: string };

export type PairScore = {
  a: Profile;
  b: Profile;
  score: number;
  criteria: Record<Criterion, number>;
  outcomes: CriterionOutcome[];
  focus: Focus;
};

/** Fewer facts than this and a profile is too thin to trust a high score. */
export const THIN_DATA_FACTS = 8;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** A typed issue says what matters to the asker, so it multiplies the weight of issue fit. */
export const FOCUS_ISSUE_FIT_FACTOR = 2;

/**
 * With an issue asked, a candidate with nothing on record on it keeps this share of its score, and
 * one with only a broader (fallback) finding keeps a share in between: however close in size and
 * landscape, a partner with nothing to say on the question ranks below one that has.
 */
export const OFF_FOCUS_SHARE = 0.5;

/** How far a pair's findings answer the asked issue: 1 exactly, FALLBACK_WEIGHT on a broader issue, 0 not at all. */
const relevance = (outcomes: readonly CriterionOutcome[]): number =>
  Math.max(
    0,
    ...outcomes.flatMap((outcome) =>
      outcome.facts.map((finding) =>
        finding.focus === "exact" ? 1 : finding.focus === "fallback" ? FALLBACK_WEIGHT : 0,
      ),
    ),
  );

/** Scores one ordered pair: a is the side asking, b the candidate. Pure and deterministic. */
export const scorePair = (catalog: Catalog, a: Profile, b: Profile, focus: Focus, weights: Weights): PairScore => {
  const context = { catalog, focus };
  const outcomes = CRITERIA.map((criterion) => {
    const result = CRITERION_FNS[criterion](a, b, context);
    const weight =
      criterion === "issueFit" && hasFocus(focus) ? weights[criterion] * FOCUS_ISSUE_FIT_FACTOR : weights[criterion];
    return { criterion, value: round(result.value, 3), weight, facts: result.facts };
  });
  const totalWeight = outcomes.reduce((sum, outcome) => sum + outcome.weight, 0);
  const weighted =
    totalWeight === 0 ? 0 : outcomes.reduce((sum, outcome) => sum + outcome.weight * outcome.value, 0) / totalWeight;
  const score = hasFocus(focus) ? weighted * (OFF_FOCUS_SHARE + (1 - OFF_FOCUS_SHARE) * relevance(outcomes)) : weighted;
  const criteria = Object.fromEntries(outcomes.map((outcome) => [outcome.criterion, outcome.value])) as Record<
    Criterion,
    number
  >;
  return { a, b, score: round(score, 4), criteria, outcomes, focus };
};

/** Higher score first; ties go to the better issue fit, then to the lower id, so order never varies. */
export const compareScores = (x: PairScore, y: PairScore): number =>
  y.score - x.score ||
  y.criteria.issueFit - x.criteria.issueFit ||
  x.b.locality.id.localeCompare(y.b.locality.id) ||
  x.a.locality.id.localeCompare(y.a.locality.id);

export const flagsFor = (catalog: Catalog, pair: PairScore): Flag[] => {
  const flags: Flag[] = [];
  for (const { relation, isDirect } of relationsBetween(catalog, pair.a, pair.b)) {
    if (!isDirect) continue;
    const dormant = relation.status === "lapsed" || relation.status === "declining";
    // A one-off event (a fair, a visit) is a past contact, not a relation the pair already has.
    flags.push({
      code: relation.form === "one-off" ? "past-event" : dormant ? "dormant-relation" : "already-related",
      relation: relation.id,
      status: relation.status,
    });
  }
  const thinnest = [pair.a, pair.b].reduce((min, profile) => (profile.factCount < min.factCount ? profile : min));
  if (thinnest.factCount < THIN_DATA_FACTS) flags.push({ code: "thin-data", facts: thinnest.factCount });
  const thai = pair.a.locality.country === "TH" ? pair.a : pair.b;
  const feasibility = pair.outcomes.find((outcome) => outcome.criterion === "feasibility")?.facts[0];
  if (feasibility?.kind === "signs-via-province" && thai.locality.parent)
    flags.push({ code: "signs-via-province", province: thai.locality.parent });
  return flags;
};

/** The issues a pair could work on: needs met either way first, then shared problems and industries. */
export const suggestedIssues = (pair: PairScore, max = 5): string[] => {
  const order: Criterion[] = ["issueFit", "sharedProblems", "industry", "nationalPolicy", "globalAgenda"];
  const issues: string[] = [];
  for (const criterion of order) {
    const facts: Finding[] = pair.outcomes.find((outcome) => outcome.criterion === criterion)?.facts ?? [];
    for (const finding of facts) if (finding.issue && !issues.includes(finding.issue)) issues.push(finding.issue);
  }
  return issues.slice(0, max);
};

export const TIER_GROUPS: Record<"prefecture" | "city" | "town", readonly Tier[]> = {
  prefecture: ["prefecture", "province", "capital", "pao"],
  city: [
    "designated-city",
    "core-city",
    "city",
    "special-ward",
    "city-municipality",
    "town-municipality",
    "special-city",
  ],
  town: ["town", "village", "subdistrict-municipality", "sao", "district", "community"],
};
export type TierGroup = keyof typeof TIER_GROUPS;

/**
 * The tiers a user's "prefecture", "city", "town" or exact tier stands for; undefined when it
 * names none. Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
 */
export const tiersNamed = (text: string, known: readonly Tier[]): readonly Tier[] | undefined => {
  if (Object.hasOwn(TIER_GROUPS, text)) return TIER_GROUPS[text as TierGroup];
  return (known as readonly string[]).includes(text) ? [text as Tier] : undefined;
};

export const candidatesFor = (catalog: Catalog, from: Locality, tiers?: readonly Tier[]): Locality[] =>
  catalog.data.localities.filter(
    (locality) => locality.country !== from.country && (!tiers || tiers.includes(locality.tier)),
  );

export { DEFAULT_WEIGHTS };
