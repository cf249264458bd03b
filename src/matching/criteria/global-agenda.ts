import type { Catalog } from "../../catalog/catalog.ts";
import type { FactKind } from "../../domain/fact-kind.ts";
import { clamp01, type Evidence, type Finding } from "../evidence.ts";
import { focusLevel, focusWeight, hasFocus, meeting, SIBLING_WEIGHT } from "../focus.ts";
import type { IssueIndex, Profile } from "../profile.ts";
import type { CriterionFn } from "./context.ts";

/** Work on an issue, or a problem with it: history, heritage, visits and offices are not agenda work. */
const AGENDA_KINDS: readonly FactKind[] = ["offer", "industry", "challenge", "need", "designation"];

const isGlobal = (catalog: Catalog, issue: string): boolean =>
  catalog.issueTree.lineage(issue).some((id) => catalog.issues.get(id)?.global === true);

/** The global-agenda issues a locality works on (climate, environment, sustainable cities, disasters). */
export const agendaOf = (catalog: Catalog, profile: Profile): IssueIndex => {
  const index = new Map<string, Evidence[]>();
  for (const evidence of profile.facts) {
    if (!AGENDA_KINDS.includes(evidence.kind)) continue;
    for (const issue of evidence.issues)
      if (isGlobal(catalog, issue)) index.set(issue, [...(index.get(issue) ?? []), evidence]);
  }
  return index;
};

/** Overlap of the global-agenda issues both sides work on. */
export const globalAgenda: CriterionFn = (a, b, context) => {
  const mine = agendaOf(context.catalog, a);
  const theirs = agendaOf(context.catalog, b);
  const best = new Map<string, Finding>();
  for (const [tag, evidence] of mine) {
    const match = meeting(context.catalog, theirs, tag, { siblings: true })[0];
    const level = match ? focusLevel(context.focus, match.shared) : undefined;
    if (!match || !level || best.has(match.shared)) continue;
    best.set(match.shared, {
      kind: "shared-global",
      issue: match.shared,
      focus: hasFocus(context.focus) ? level : undefined,
      a: evidence[0],
      b: match.evidence[0],
      weight: focusWeight(level) * (match.isSibling ? SIBLING_WEIGHT : 1),
      // Drought on one side and earthquakes on the other share an area, not a record: scored, not said.
      ...(match.isSibling ? { detail: { sibling: 1 } } : {}),
    });
  }
  const findings = [...best.values()].sort(
    (x, y) => y.weight - x.weight || (x.issue ?? "").localeCompare(y.issue ?? ""),
  );
  if (hasFocus(context.focus)) {
    // With a query issue, only that issue counts: both work on it, or they do not.
    return { value: clamp01(Math.max(0, ...findings.map((finding) => finding.weight))), facts: findings };
  }
  const union = new Set([...mine.keys(), ...theirs.keys()]).size;
  return { value: union === 0 ? 0 : clamp01(findings.length / union), facts: findings };
};
