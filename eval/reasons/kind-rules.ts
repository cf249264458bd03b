import type { FactKind } from "../../src/domain/fact-kind.ts";
import type { Evidence, Finding } from "../../src/matching/evidence.ts";

/**
 * The kinds of fact each kind of reason may rest on (issue 13: every criterion cites only its
 * kinds). `a` and `b` are the asker's and the candidate's facts; `either` allows them on either
 * side. A reason whose facts fall outside these is a structural error, counted by `npm run eval`.
 */
type Rule = { a?: readonly FactKind[]; b?: readonly FactKind[]; either?: readonly FactKind[] };

const NEED: readonly FactKind[] = ["challenge", "need"];
const AGENDA: readonly FactKind[] = ["offer", "industry", "challenge", "need", "designation"];
const LINK: readonly FactKind[] = ["industry", "offer", "challenge", "need", "relation", "heritage", "event"];

export const KIND_RULES: Record<string, Rule> = {
  "offer-meets-need": { a: NEED, b: ["offer", "industry"] },
  "offer-for-partner": { a: ["offer", "industry"], b: NEED },
  "experience-meets-need": { a: NEED, b: ["relation"] },
  "experience-for-partner": { a: ["relation"], b: NEED },
  "offers-focus": { b: ["offer"] },
  "industry-on-focus": { b: ["industry"] },
  "on-record-focus": { b: ["industry"] },
  "track-record": { b: ["relation", "event", "office"] },
  "shared-problem": { a: ["challenge"], b: ["challenge"] },
  "industry-similar": { a: ["industry"], b: ["industry"] },
  "policy-alignment": { a: ["designation"], b: ["designation"] },
  "fits-national-programme": { either: ["designation", "offer", "industry"] },
  "shared-global": { a: AGENDA, b: AGENDA },
  "mentions-partner": { either: LINK },
  "shared-tradition": { a: ["heritage", "industry", "offer"], b: ["heritage", "industry", "offer"] },
  "existing-relation": { either: ["relation"] },
  "office-in-thailand": { either: ["relation"] },
  "thai-agency-tie": { either: ["relation"] },
  "shared-geography": { a: ["geography"], b: ["geography"] },
  "direct-flight": { either: ["access"] },
  airport: { either: ["access"] },
  "size-comparable": {},
  "rank-equal": {},
  "may-sign": {},
  "signs-via-province": {},
  "no-record": {},
  "on-record": {},
};

const fits = (evidence: Evidence | undefined, kinds: readonly FactKind[] | undefined) =>
  evidence === undefined || kinds === undefined || kinds.includes(evidence.kind);

/** Why a finding's facts are the wrong kind for its reason, or undefined when they are right. */
export const kindError = (finding: Finding): string | undefined => {
  const rule = KIND_RULES[finding.kind];
  if (!rule) return `no kind rule for "${finding.kind}"`;
  const ok = fits(finding.a, rule.a ?? rule.either) && fits(finding.b, rule.b ?? rule.either);
  const industryForProblem =
    (finding.kind === "offer-meets-need" && finding.b?.kind === "industry" && finding.a?.kind === "challenge") ||
    (finding.kind === "offer-for-partner" && finding.a?.kind === "industry" && finding.b?.kind === "challenge");
  const nationalPolicy =
    finding.kind !== "policy-alignment" ||
    [finding.a, finding.b].every((evidence) => evidence?.designation?.policy && evidence.designation.country !== "INT");
  if (ok && !industryForProblem && nationalPolicy) return undefined;
  return `${finding.kind} rests on ${finding.a?.kind ?? "-"} / ${finding.b?.kind ?? "-"}`;
};
