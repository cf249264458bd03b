import type { Tier } from "../locality.ts";

export type SigningVerdict =
  | { maySign: true; needsMoiApproval: boolean; reason: "province" | "self-governing-city" | "japanese-locality" }
  | { maySign: false; reason: "below-province-since-2006"; signVia: "province" };

/**
 * Who may sign a sister-city agreement or MoU. Since the 2006 Ministry of Interior order only
 * provinces, Bangkok and Pattaya sign on the Thai side (report lines 6184–6188, 7642–7644); a
 * province needs MOI approval (5815–5830), Bangkok and Pattaya sign their own. Japanese localities need no central approval.
 */
export const signingVerdict = (tier: Tier): SigningVerdict => {
  switch (tier) {
    case "province":
      return { maySign: true, needsMoiApproval: true, reason: "province" };
    case "capital":
    case "special-city":
      return { maySign: true, needsMoiApproval: false, reason: "self-governing-city" };
    case "pao":
    case "city-municipality":
    case "town-municipality":
    case "subdistrict-municipality":
    case "sao":
    case "district":
    case "community":
      return { maySign: false, reason: "below-province-since-2006", signVia: "province" };
    default:
      return { maySign: true, needsMoiApproval: false, reason: "japanese-locality" };
  }
};

export const mayThaiPartySign = (tier: Tier): boolean => signingVerdict(tier).maySign;
