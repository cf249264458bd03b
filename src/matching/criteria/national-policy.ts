import type { Catalog } from "../../catalog/catalog.ts";
import { type Evidence, type Finding, saturate } from "../evidence.ts";
import type { Profile } from "../profile.ts";
import type { CriterionFn } from "./context.ts";

const policyDesignations = (catalog: Catalog, profile: Profile): Evidence[] =>
  profile.locality.designations.flatMap((holding, index) => {
    const designation = catalog.designations.get(holding.id);
    const evidence = profile.designations[index];
    return designation?.policy && evidence ? [evidence] : [];
  });

/**
 * A national designation on one side (EEC, smart city, FutureCity, Eco-Town …) whose issues the
 * other side offers, needs or holds a designation for: the report's "alignment with national strategy".
 */
export const nationalPolicy: CriterionFn = (a, b, context) => {
  const findings: Finding[] = [];
  const link = (holder: Profile, other: Profile, holderIsA: boolean) => {
    const otherPolicyIssues = new Set(
      policyDesignations(context.catalog, other).flatMap((evidence) => evidence.issues),
    );
    for (const designation of policyDesignations(context.catalog, holder)) {
      const issue = designation.issues.find(
        (candidate) =>
          (context.focus.size === 0 || context.focus.has(candidate)) &&
          (otherPolicyIssues.has(candidate) || other.offers.has(candidate) || other.needs.has(candidate)),
      );
      if (!issue) continue;
      const counterpart = other.offers.get(issue)?.[0] ?? other.needs.get(issue)?.[0];
      findings.push({
        kind: "policy-alignment",
        issue,
        a: holderIsA ? designation : counterpart,
        b: holderIsA ? counterpart : designation,
        weight: otherPolicyIssues.has(issue) ? 1.5 : 1,
      });
    }
  };
  link(a, b, true);
  link(b, a, false);
  findings.sort((x, y) => y.weight - x.weight);
  return {
    value: saturate(
      findings.reduce((sum, finding) => sum + finding.weight, 0),
      0.45,
    ),
    facts: findings,
  };
};
