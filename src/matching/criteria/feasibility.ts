import { signingVerdict } from "../../domain/rules/signing.ts";
import { rankGap } from "../../domain/rules/tier-rank.ts";
import type { CriterionFn } from "./context.ts";

/**
 * Can the pair sign at all? Since 2006 only provinces, Bangkok and Pattaya sign on the Thai side
 * (a municipality's tie goes through its province), and the MOI wants partners of equal rank.
 */
export const feasibility: CriterionFn = (a, b) => {
  const thai = a.locality.country === "TH" ? a : b;
  const other = thai === a ? b : a;
  const verdict = signingVerdict(thai.locality.tier);
  const sign = verdict.maySign ? 1 : 0.5;
  const gap = rankGap(thai.locality.tier, other.locality.tier);
  const rank = gap === 0 ? 1 : gap === 1 ? 0.6 : 0.2;
  return {
    value: 0.5 * sign + 0.5 * rank,
    facts: [
      {
        kind: verdict.maySign ? "may-sign" : "signs-via-province",
        weight: sign + rank,
        detail: { gap, thai: thai.locality.id, parent: thai.locality.parent ?? "" },
      },
    ],
  };
};
