import type { Locality } from "../../locality.ts";
import type { ProposalContent } from "../../proposals/proposal.ts";

/** How a finding weighs: a blocker stops submission; a warning may be passed with a comment. */
export const SEVERITIES = ["ok", "info", "warning", "blocker"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DIMENSIONS = ["legal", "budget-staff", "clarity", "support", "continuity", "partner"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * One plain-language finding: `code` names its message (readiness.<code> in the catalogs), `params`
 * fill it, `sources` are the report's lines behind it ("report:5808-5809").
 */
export type Finding = {
  code: string;
  severity: Severity;
  params?: Record<string, string | number>;
  sources: string[];
};

export type LocalityFacts = Pick<Locality, "id" | "tier" | "parent" | "contacts">;

/** A relation already recorded between the pair (the registry's answer). */
export type ExistingRelation = { id: string; type: string; status: string };

export type ReadinessInput = {
  content: ProposalContent;
  thai: LocalityFacts;
  japanese: LocalityFacts;
  proposingBody?: LocalityFacts | undefined;
  existingRelations: readonly ExistingRelation[];
};

export type Rule = (input: ReadinessInput) => Finding[];

export const finding = (
  code: string,
  severity: Severity,
  sources: string[],
  params?: Record<string, string | number>,
): Finding => ({ code, severity, sources, ...(params ? { params } : {}) });

const RANK: Record<Severity, number> = { ok: 0, info: 0, warning: 1, blocker: 2 };

/** The dimension's status is its worst finding; information counts as fine. */
export const worst = (findings: readonly Finding[]): "ok" | "warning" | "blocker" => {
  const top = Math.max(0, ...findings.map((item) => RANK[item.severity]));
  return top === 2 ? "blocker" : top === 1 ? "warning" : "ok";
};
