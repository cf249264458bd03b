import type { Catalog } from "../catalog/catalog.ts";
import type { Locality, Tier } from "../domain/locality.ts";
import { normaliseSource } from "../domain/source.ts";
import type { AnyText, Names } from "../domain/text.ts";
import { candidatePool } from "./candidate-pool.ts";
import { relationsBetween } from "./criteria/ties-access.ts";
import { candidatesFor, type Flag, flagsFor, type PairScore, scorePair, suggestedIssues } from "./engine.ts";
import { explain, type Reason } from "./explain.ts";
import { NO_FOCUS } from "./focus.ts";
import { type Profile, profileOf } from "./profile.ts";
import { pairOf, type Ranked, type Ranking, rankPairs } from "./ranking.ts";
import type { ScoreBand } from "./score-band.ts";
import { isUndescribed, setAsideUndescribed } from "./thin-profiles.ts";
import { type Understanding, understandIssue } from "./understand-issue.ts";
import { type Criterion, DEFAULT_WEIGHTS, type Weights } from "./weights.ts";

export type MatchErrorCode = "unknown-locality" | "empty-issue" | "no-issue-understood" | "same-country";

/** Input the matcher cannot answer; edges turn it into exit code 2 or HTTP 400/404. */
export class MatchInputError extends Error {
  constructor(
    readonly code: MatchErrorCode,
    message: string,
    readonly subject?: string,
    /** The two localities' names, for a message in the reader's language. */
    readonly pair?: readonly [Names, Names],
  ) {
    super(message);
  }
}

export type MatchResult = {
  id: string;
  score: number;
  /** Its place among every candidate of the query (score-band.ts): what the score means. */
  band: ScoreBand;
  criteria: Record<Criterion, number>;
  reasons: Reason[];
  issues: string[];
  flags: Flag[];
};

export type MatchAnswer = {
  from: string;
  issue: string;
  understood: string[];
  /** How many candidates the query ranked (bands are shares of these). */
  candidates: number;
  results: MatchResult[];
  /** Candidates nobody has described yet, kept out of `results` (thin-profiles.ts). */
  alsoConsider: MatchResult[];
};

export type MatchQuery = {
  from: string;
  issue?: string | undefined;
  tiers?: readonly Tier[] | undefined;
  limit?: number | undefined;
  weights?: Weights | undefined;
  /** Leave out candidates the locality already has an ongoing relation with. */
  hideRelated?: boolean | undefined;
};

const understand = (catalog: Catalog, issue: string | undefined, required: boolean): Understanding => {
  if (issue === undefined) return { issues: [], matches: [], focus: NO_FOCUS };
  if (issue.trim() === "")
    throw new MatchInputError("empty-issue", "the issue is empty; type an issue or leave it out");
  const understanding = understandIssue(catalog, issue);
  if (required && understanding.issues.length === 0) {
    throw new MatchInputError("no-issue-understood", `no issue understood in "${issue}"`, issue);
  }
  return understanding;
};

/** The pair already has an ongoing relation of its own (a one-off event does not count). */
const isRelated = (catalog: Catalog, a: Profile, b: Profile): boolean =>
  relationsBetween(catalog, a, b).some(({ relation, isDirect }) => isDirect && relation.form === "ongoing");

const locality = (catalog: Catalog, id: string) => {
  const found = catalog.localities.get(id);
  if (!found) throw new MatchInputError("unknown-locality", `unknown locality "${id}"`, id);
  return found;
};

export const presentResult = (catalog: Catalog, pair: PairScore, id: string, band: ScoreBand): MatchResult => ({
  id,
  score: pair.score,
  band,
  criteria: pair.criteria,
  reasons: explain(catalog, pair.outcomes, pair.a, pair.b, pair.focus),
  issues: suggestedIssues(pair),
  flags: flagsFor(catalog, pair),
});

/**
 * Mode (a): partners for one locality, from the other country, optionally on an issue and within
 * tiers. An issue nobody understands still answers (unfocused), with `understood: []` saying so.
 */
export const partnersFor = (catalog: Catalog, query: MatchQuery, ranking: Ranking = "compiled"): MatchAnswer => {
  const from = locality(catalog, query.from);
  const understanding = understand(catalog, query.issue, false);
  const weights = query.weights ?? DEFAULT_WEIGHTS;
  const a = profileOf(catalog, from);
  const pool = candidatePool(catalog, a, query.tiers);
  // Bands are places among every candidate, so hiding existing partners does not lift the others.
  const ranked = rankPairs(catalog, understanding.focus, weights, [a], pool, ranking);
  // Walked lazily: the relation check costs, and only the first few results are needed.
  function* visible() {
    for (const entry of ranked) if (!query.hideRelated || !isRelated(catalog, a, entry.b)) yield entry;
  }
  const { results, alsoConsider } = setAsideUndescribed(visible(), (entry) => [entry.b], query.limit ?? 10);
  const shown = (entry: Ranked) => {
    const pair = pairOf(catalog, entry, understanding.focus, weights);
    return presentResult(catalog, pair, pair.b.locality.id, entry.band);
  };
  return {
    from: from.id,
    issue: query.issue ?? "",
    understood: understanding.issues,
    candidates: ranked.length,
    results: results.map(shown),
    alsoConsider: alsoConsider.map(shown),
  };
};

export type PairResult = Omit<MatchResult, "id"> & { thai: string; japanese: string };

/** Mode (b): the best Thai–Japanese pairs for an issue, among provinces, prefectures and cities. */
export const bestPairs = (
  catalog: Catalog,
  query: {
    issue: string;
    limit?: number | undefined;
    weights?: Weights | undefined;
    tiers?: readonly Tier[] | undefined;
  },
  ranking: Ranking = "compiled",
): { issue: string; understood: string[]; candidates: number; results: PairResult[] } => {
  const understanding = understand(catalog, query.issue, true);
  const weights = query.weights ?? DEFAULT_WEIGHTS;
  const eligible = (tier: Tier) => (query.tiers ? query.tiers.includes(tier) : true);
  // A pair for an issue involves the issue on both sides; other pairs are scored only if too few do.
  const works = (locality: Locality) => {
    const profile = profileOf(catalog, locality);
    return [...understanding.focus.exact].some((issue) => profile.mentions.has(issue));
  };
  // Undescribed localities score on size alone: they are never a best pair (thin-profiles.ts).
  const side = (country: "TH" | "JP") =>
    catalog.data.localities.filter(
      (l) => l.country === country && eligible(l.tier) && !isUndescribed(profileOf(catalog, l)),
    );
  const profiles = (localities: Locality[]) => localities.map((l) => profileOf(catalog, l));
  const score = (thai: Locality[], japanese: Locality[]) =>
    rankPairs(catalog, understanding.focus, weights, profiles(thai), profiles(japanese), ranking);
  let pairs = score(side("TH").filter(works), side("JP").filter(works));
  if (pairs.length < (query.limit ?? 10)) pairs = score(side("TH"), side("JP"));
  return {
    issue: query.issue,
    understood: understanding.issues,
    candidates: pairs.length,
    results: pairs.take(query.limit ?? 10).map((entry) => {
      const pair = pairOf(catalog, entry, understanding.focus, weights);
      const { id: _id, ...rest } = presentResult(catalog, pair, pair.b.locality.id, entry.band);
      return { thai: pair.a.locality.id, japanese: pair.b.locality.id, ...rest };
    }),
  };
};

export type SideGain = { issue: string; from: AnyText; for: AnyText; sources: string[] };

export type PairEvaluation = MatchResult & {
  candidates: number;
  a: string;
  b: string;
  understood: string[];
  gains: { a: SideGain[]; b: SideGain[] };
};

/** Mode (c): one pair in full: criteria, reasons, suggested issues and what each side gains. */
export const evaluatePair = (
  catalog: Catalog,
  idA: string,
  idB: string,
  options: { issue?: string; weights?: Weights } = {},
): PairEvaluation => {
  const first = locality(catalog, idA);
  const second = locality(catalog, idB);
  if (first.country === second.country) {
    throw new MatchInputError(
      "same-country",
      `${idA} and ${idB} are both in ${first.country}; a pair joins a Thai and a Japanese locality`,
      undefined,
      [first.names, second.names],
    );
  }
  const understanding = understand(catalog, options.issue, false);
  const pair = scorePair(
    catalog,
    profileOf(catalog, first),
    profileOf(catalog, second),
    understanding.focus,
    options.weights ?? DEFAULT_WEIGHTS,
  );
  const fit = pair.outcomes.find((outcome) => outcome.criterion === "issueFit")?.facts ?? [];
  const gain = (direction: string, beneficiary: "a" | "b"): SideGain[] =>
    fit
      .filter(
        (finding) => finding.detail?.direction === direction && finding.a !== undefined && finding.b !== undefined,
      )
      .map((finding) => {
        const giver = beneficiary === "a" ? finding.b : finding.a;
        const taker = beneficiary === "a" ? finding.a : finding.b;
        return {
          issue: finding.issue ?? "",
          from: giver?.text ?? { th: "", en: "", ja: "" },
          for: taker?.text ?? { th: "", en: "", ja: "" },
          sources: [giver, taker].flatMap((evidence) => (evidence ? [normaliseSource(evidence.source).ref] : [])),
        };
      });
  // The pair's band: its place among every partner the first locality could have, on the same terms.
  const rivals = rankPairs(
    catalog,
    understanding.focus,
    options.weights ?? DEFAULT_WEIGHTS,
    [profileOf(catalog, first)],
    candidatesFor(catalog, first).map((candidate) => profileOf(catalog, candidate)),
  );
  let place: Ranked | undefined;
  for (const rival of rivals)
    if (rival.b.locality.id === second.id) {
      place = rival;
      break;
    }
  return {
    ...presentResult(catalog, pair, second.id, place?.band ?? "weak"),
    candidates: rivals.length,
    a: first.id,
    b: second.id,
    understood: understanding.issues,
    gains: { a: gain("b-helps-a", "a"), b: gain("a-helps-b", "b") },
  };
};
