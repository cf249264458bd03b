import type { Evidence, Finding } from "../evidence.ts";
import { saturate } from "../evidence.ts";
import { focusLevel, focusWeight, hasFocus, meeting } from "../focus.ts";
import type { IssueIndex, Profile } from "../profile.ts";
import type { CriterionFn, MatchContext } from "./context.ts";

/** National designations and programmes of the locality's own country: EEC, smart city, FutureCity … */
export const nationalPolicies = (profile: Profile): Evidence[] =>
  profile.designations.filter(
    (evidence) => evidence.designation?.policy && evidence.designation.country === profile.locality.country,
  );

const byIssue = (facts: readonly Evidence[]): IssueIndex => {
  const index = new Map<string, Evidence[]>();
  for (const evidence of facts)
    for (const issue of evidence.issues) index.set(issue, [...(index.get(issue) ?? []), evidence]);
  return index;
};

/**
 * A Thai programme for visitors (a secondary tourism city, a MICE city) seeks tourists, and a
 * partner's own tourism industry does not serve it, so a partner's work in the programme's field
 * is not counted on tourism; two programmes on tourism still align.
 */
export const isFitIssue = (context: MatchContext, issue: string): boolean =>
  !context.catalog.issueTree.lineage(issue).includes("tourism-mice");

/** Designations of one side meeting designations (alignment) or industries and offers (fit) of the other. */
const link = (holder: Profile, other: Profile, holderIsA: boolean, context: MatchContext): Finding[] => {
  const theirPolicies = byIssue(nationalPolicies(other));
  const findings: Finding[] = [];
  for (const designation of nationalPolicies(holder)) {
    for (const tag of designation.issues) {
      const aligned = meeting(context.catalog, theirPolicies, tag)[0];
      // The report's test is fit with Thai national strategy: a Japanese partner's work that
      // serves a Thai programme. A Thai offer does not "fit" a Japanese deregulation zone.
      const fits =
        aligned || holder.locality.country !== "TH" || !isFitIssue(context, tag)
          ? undefined
          : meeting(context.catalog, other.offers, tag).find((match) => isFitIssue(context, match.shared));
      const match = aligned ?? fits;
      const level = match ? focusLevel(context.focus, match.shared) : undefined;
      const counterpart = match?.evidence[0];
      if (!match || !level || !counterpart) continue;
      findings.push({
        kind: aligned ? "policy-alignment" : "fits-national-programme",
        issue: match.shared,
        focus: hasFocus(context.focus) ? level : undefined,
        a: holderIsA ? designation : counterpart,
        b: holderIsA ? counterpart : designation,
        weight: (aligned ? 1.5 : 0.6) * focusWeight(level),
        detail: { holder: holderIsA ? "a" : "b" },
      });
    }
  }
  return findings;
};

/**
 * The report's "alignment with national strategy": a national designation or programme on one
 * side (EEC, smart city, FutureCity, Eco-Town …) that meets one of the other side's on the same
 * issue, or, for less, a Japanese partner's industry or offer on an issue a Thai programme targets.
 * Only national designations and programmes count as policy: a prefecture's own project does not.
 */
export const nationalPolicy: CriterionFn = (a, b, context) => {
  const seen = new Set<string>();
  const findings = [...link(a, b, true, context), ...link(b, a, false, context)]
    .sort((x, y) => y.weight - x.weight || (x.issue ?? "").localeCompare(y.issue ?? ""))
    .filter((finding) => {
      // One finding per pair of facts: a designation with three issues is one alignment.
      const key = [finding.a?.key, finding.b?.key].sort().join("|");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    value: saturate(
      findings.reduce((sum, finding) => sum + finding.weight, 0),
      0.45,
    ),
    facts: findings,
  };
};
