import { budgetStaffRules } from "./budget-staff.ts";
import { clarityRules } from "./clarity.ts";
import { type Dimension, type Finding, type ReadinessInput, type Rule, worst } from "./finding.ts";
import { legalRules } from "./legal.ts";
import { partnerRules } from "./partner.ts";
import { continuityRules, supportRules } from "./support-continuity.ts";

export type DimensionResult = { dimension: Dimension; status: "ok" | "warning" | "blocker"; findings: Finding[] };
export type Readiness = {
  dimensions: DimensionResult[];
  /** Codes of the legal blockers: while there is one, the proposal cannot be sent in. */
  blockers: string[];
  /** Codes of the warnings: they may be passed with a comment. */
  warnings: string[];
};

const RULES: ReadonlyArray<readonly [Dimension, Rule]> = [
  ["legal", legalRules],
  ["budget-staff", budgetStaffRules],
  ["clarity", clarityRules],
  ["support", supportRules],
  ["continuity", continuityRules],
  ["partner", partnerRules],
];

/** The readiness check: pure, from the draft, the localities' profiles and the registry. */
export const checkReadiness = (input: ReadinessInput): Readiness => {
  const dimensions = RULES.map(([dimension, rule]) => {
    const findings = rule(input);
    return { dimension, status: worst(findings), findings };
  });
  const all = dimensions.flatMap((result) => result.findings);
  return {
    dimensions,
    blockers: all.filter((item) => item.severity === "blocker").map((item) => item.code),
    warnings: all.filter((item) => item.severity === "warning").map((item) => item.code),
  };
};
