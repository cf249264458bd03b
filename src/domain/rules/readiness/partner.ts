import { type Finding, finding, type ReadinessInput } from "./finding.ts";

const INSTRUMENT_TYPES: Record<string, string> = {
  "sister-city": "sister-city",
  friendship: "friendship",
  mou: "mou",
  "letter-of-intent": "letter-of-intent",
};
const LIVE = new Set(["active", "pending", "declining"]);

/**
 * The partner: has the Japanese side said what it wants (8780–8781, 10655–10656), and is the pair
 * already related (the registry)? Japanese localities need no central approval (5838–5841).
 */
export const partnerRules = ({ content, existingRelations }: ReadinessInput): Finding[] => {
  const findings: Finding[] = [
    content.partnerInterest
      ? finding("partner.interest", "ok", ["report:10655-10656"])
      : finding("partner.interest-missing", "warning", ["report:8780-8781", "report:10655-10656"]),
  ];
  const same = existingRelations.filter(
    (relation) => relation.type === INSTRUMENT_TYPES[content.instrument] && LIVE.has(relation.status),
  );
  if (same.length > 0)
    findings.push(
      finding("partner.already-related", "warning", ["report:10652-10659"], {
        relations: same.map((relation) => relation.id).join(", "),
      }),
    );
  else if (existingRelations.length > 0)
    findings.push(
      finding("partner.related", "info", ["report:6192-6195"], {
        relations: existingRelations.map((relation) => relation.id).join(", "),
      }),
    );
  else findings.push(finding("partner.no-relation", "info", ["report:6192-6195"]));
  findings.push(finding("partner.no-central-approval", "info", ["report:5838-5841"]));
  return findings;
};
