import { signingVerdict } from "../signing.ts";
import { isCapitalMismatch, isEqualRank, tierLevel } from "../tier-rank.ts";
import { type Finding, finding, type ReadinessInput } from "./finding.ts";

/** Can the Thai party sign (5541–5544, 6184–6188; Pattaya 5649–5652, Bangkok 5970–5974)? */
const signatory = ({ thai }: ReadinessInput): Finding => {
  const verdict = signingVerdict(thai.tier);
  if (!verdict.maySign)
    return finding("legal.signatory-below-province", "blocker", ["report:5541-5544", "report:6184-6188"], {
      party: thai.id,
      province: thai.parent ?? "",
    });
  if (verdict.reason === "self-governing-city")
    return finding("legal.signatory-self-governing", "info", ["report:5649-5652", "report:5970-5974"], {
      party: thai.id,
    });
  return finding("legal.signatory-province", "ok", ["report:5814-5820", "report:5828-5830"], { party: thai.id });
};

/** A body below the province proposes through its own province, which signs (5809–5811). */
const proposingBody = ({ thai, proposingBody: body }: ReadinessInput): Finding[] => {
  if (!body) return [];
  if (body.parent !== thai.id)
    return [
      finding("legal.proposing-body-elsewhere", "blocker", ["report:5809-5811"], {
        body: body.id,
        province: body.parent ?? "",
      }),
    ];
  return [finding("legal.proposing-body", "ok", ["report:5809-5811", "report:6184-6188"], { body: body.id })];
};

/**
 * Equal rank (5808–5809, 5903–5907). MOI counts a foreign city of a province's standing as one
 * (footnote, 5610–5611), so a province with a designated city is a question to argue, not a bar;
 * other unequal pairs may not be sister cities, and need explaining for other instruments.
 */
const rank = ({ thai, japanese, content }: ReadinessInput): Finding => {
  const params = { thai: thai.id, japanese: japanese.id };
  if (isEqualRank(thai.tier, japanese.tier)) {
    // Bangkok and a prefecture other than Tokyo (or Tokyo and a province) are one level on the scale, but the MOI makes a
    // capital the sister city of a capital only (8878-8881: Bangkok and Fukuoka Prefecture signed a
    // friendship agreement instead): a bar to a sister-city tie, a note for any other instrument.
    if (isCapitalMismatch(thai, japanese))
      return finding(
        "legal.rank-capital",
        content.instrument === "sister-city" ? "blocker" : "info",
        ["report:8878-8881"],
        params,
      );
    return finding("legal.rank-equal", "ok", ["report:5808-5809"], params);
  }
  if (tierLevel(thai.tier) === 1 && japanese.tier === "designated-city")
    return finding("legal.rank-equivalent-city", "warning", ["report:5608-5611", "report:5808-5809"], params);
  if (content.instrument === "sister-city")
    return finding("legal.rank-unequal", "blocker", ["report:5808-5809", "report:5903-5907"], params);
  return finding("legal.rank-unequal-agreement", "warning", ["report:5808-5809", "report:5903-5907"], params);
};

/** The framework rule R1: within the UN framework of security, development and peace, for mutual benefit (5802–5806). */
const framework = ({ content }: ReadinessInput): Finding =>
  content.framework
    ? finding("legal.framework", "ok", ["report:5802-5806"])
    : finding("legal.framework-missing", "blocker", ["report:5802-5806"]);

/** Until MOI approves, contact must stop short of declaring agreement (5814–5816). */
const firstContact = (): Finding => finding("legal.first-contact-only", "info", ["report:5814-5816"]);

export const legalRules = (input: ReadinessInput): Finding[] => [
  signatory(input),
  ...proposingBody(input),
  rank(input),
  framework(input),
  firstContact(),
];
