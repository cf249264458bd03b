import type { Catalog } from "../../catalog/catalog.ts";
import type { Evidence, Finding } from "../evidence.ts";
import type { Profile } from "../profile.ts";
import type { CriterionFn } from "./context.ts";

/** The global-agenda issues a locality works on (climate, environment, sustainable cities, heritage). */
const globalIssues = (catalog: Catalog, profile: Profile): Map<string, Evidence> => {
  const found = new Map<string, Evidence>();
  for (const [issue, evidence] of profile.mentions) {
    const first = evidence[0];
    if (catalog.issues.get(issue)?.global && first) found.set(issue, first);
  }
  for (const evidence of profile.designations) {
    for (const issue of evidence.issues)
      if (catalog.issues.get(issue)?.global && !found.has(issue)) found.set(issue, evidence);
  }
  return found;
};

/** Jaccard of the global-agenda issues both sides work on. */
export const globalAgenda: CriterionFn = (a, b, context) => {
  const mine = globalIssues(context.catalog, a);
  const theirs = globalIssues(context.catalog, b);
  const shared = [...mine.keys()].filter((issue) => theirs.has(issue)).sort();
  const findings: Finding[] = shared.map((issue) => ({
    kind: "shared-global",
    issue,
    a: mine.get(issue),
    b: theirs.get(issue),
    weight: 1,
  }));
  if (context.focus.size > 0) {
    // With a query issue, only that issue counts: both work on it, or they do not.
    const onFocus = findings.filter((finding) => finding.issue !== undefined && context.focus.has(finding.issue));
    return { value: onFocus.length > 0 ? 1 : 0, facts: onFocus };
  }
  const union = new Set([...mine.keys(), ...theirs.keys()]).size;
  return { value: union === 0 ? 0 : shared.length / union, facts: findings };
};
