import { describe, expect, it } from "vitest";
import { isStatusOfForm, type RelationStatus } from "../relation.ts";
import { suggestStatus } from "./relation-status.ts";
import { mayThaiPartySign, signingVerdict } from "./signing.ts";
import { isEqualRank, rankGap, tierLevel } from "./tier-rank.ts";

describe("tier ranks", () => {
  it("puts provinces, Bangkok and prefectures on one level, cities and towns below", () => {
    expect(isEqualRank("province", "prefecture")).toBe(true);
    expect(isEqualRank("capital", "prefecture")).toBe(true);
    expect(isEqualRank("city-municipality", "city")).toBe(true);
    expect(isEqualRank("special-city", "designated-city")).toBe(true);
    expect(isEqualRank("town-municipality", "town")).toBe(true);
    expect(isEqualRank("town-municipality", "city")).toBe(false);
    expect(isEqualRank("province", "city")).toBe(false);
    expect(rankGap("province", "town")).toBe(3);
    expect(tierLevel("community")).toBeGreaterThan(tierLevel("sao"));
  });
});

describe("who may sign on the Thai side", () => {
  it("lets provinces sign with MOI approval, Bangkok and Pattaya on their own", () => {
    expect(signingVerdict("province")).toEqual({ maySign: true, needsMoiApproval: true, reason: "province" });
    expect(signingVerdict("capital")).toMatchObject({ maySign: true, needsMoiApproval: false });
    expect(signingVerdict("special-city")).toMatchObject({ maySign: true, needsMoiApproval: false });
  });

  it("refuses municipalities, subdistrict bodies and districts since 2006", () => {
    for (const tier of [
      "city-municipality",
      "town-municipality",
      "subdistrict-municipality",
      "sao",
      "district",
      "pao",
    ] as const) {
      expect(mayThaiPartySign(tier), tier).toBe(false);
      expect(signingVerdict(tier)).toMatchObject({ reason: "below-province-since-2006", signVia: "province" });
    }
  });

  it("needs no central approval for Japanese localities", () => {
    expect(signingVerdict("town")).toMatchObject({
      maySign: true,
      needsMoiApproval: false,
      reason: "japanese-locality",
    });
  });
});

describe("status suggested from the last activity", () => {
  const today = new Date("2026-11-25T00:00:00Z");
  const ongoing = (status: RelationStatus, dates: string[]) => ({ form: "ongoing" as const, status, dates });

  it("ages an active relation to declining and lapsed", () => {
    expect(suggestStatus(ongoing("active", ["2025-06"]), today)).toBe("active");
    expect(suggestStatus(ongoing("active", ["2022"]), today)).toBe("declining");
    expect(suggestStatus(ongoing("active", ["2013", "2016-11"]), today)).toBe("lapsed");
  });

  it("revives a lapsed relation that has a recent activity, and takes the latest date", () => {
    expect(suggestStatus(ongoing("lapsed", ["2010", "2026-01-15"]), today)).toBe("active");
  });

  it("keeps pending and ended, and keeps the status when nothing is dated", () => {
    expect(suggestStatus(ongoing("pending", ["2001"]), today)).toBe("pending");
    expect(suggestStatus(ongoing("ended", ["2026-01"]), today)).toBe("ended");
    expect(suggestStatus(ongoing("declining", []), today)).toBe("declining");
  });

  it("never ages a one-off event: a trade fair of 2016 was held, it did not lapse", () => {
    expect(suggestStatus({ form: "one-off", status: "held", dates: ["2016"] }, today)).toBe("held");
    expect(suggestStatus({ form: "one-off", status: "pending", dates: ["2016"] }, today)).toBe("pending");
  });
});

describe("forms and statuses of relations", () => {
  it("gives an event the statuses of an event and a relation those of a relation", () => {
    expect(isStatusOfForm("one-off", "held")).toBe(true);
    expect(isStatusOfForm("one-off", "active")).toBe(false);
    expect(isStatusOfForm("ongoing", "held")).toBe(false);
    expect(isStatusOfForm("ongoing", "lapsed")).toBe(true);
  });
});
