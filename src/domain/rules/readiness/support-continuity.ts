import { type Finding, finding, type ReadinessInput } from "./finding.ts";

const BUSINESS = new Set(["company", "chamber-of-commerce"]);

/** Who was consulted: not only traders, and not nobody (5923–5926, 5943–5951). */
export const supportRules = ({ content }: ReadinessInput): Finding[] => {
  const { stakeholders } = content;
  if (stakeholders.length === 0) return [finding("support.stakeholders-missing", "warning", ["report:5943-5951"])];
  if (stakeholders.every((stakeholder) => BUSINESS.has(stakeholder.kind)))
    return [finding("support.business-only", "warning", ["report:5923-5926"], { count: stakeholders.length })];
  return [
    finding("support.stakeholders", "ok", ["report:5943-5951"], {
      count: stakeholders.length,
      kinds: new Set(stakeholders.map((stakeholder) => stakeholder.kind)).size,
    }),
  ];
};

/** A plan that outlives a governor's term or an officer's transfer (5936–5940, 6070–6072, 8793, 10236–10240). */
export const continuityRules = ({ content }: ReadinessInput): Finding[] => [
  content.continuity
    ? finding("continuity.plan", "ok", ["report:6070-6072", "report:8793"])
    : finding("continuity.plan-missing", "warning", ["report:5936-5940", "report:6070-6072", "report:8793"]),
  content.officers.thai.deputy
    ? finding("continuity.deputy", "ok", ["report:10236-10240"], { name: content.officers.thai.deputy.name })
    : finding("continuity.deputy-missing", "warning", ["report:10236-10240"]),
];
