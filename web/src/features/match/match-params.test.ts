import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, weightsToParam } from "../../lib/weights.ts";
import { isNewSearch, matchRequest, readMatchState, toggleCompare, writeMatchState } from "./match-params.ts";

describe("the match explorer's URL", () => {
  it("reproduces a query from its search parameters", () => {
    const state = {
      from: "TH-50",
      issue: "การจัดการขยะ",
      tier: "prefecture",
      weights: { ...DEFAULT_WEIGHTS, issueFit: 0.2, geography: 1 },
      compare: ["JP-16", "JP-40"],
      hideRelated: true,
      limit: 30,
    };
    const url = writeMatchState(state).toString();
    expect(readMatchState(new URLSearchParams(url))).toEqual(state);
  });

  it("leaves defaults out of the URL", () => {
    const params = writeMatchState({
      from: "TH-50",
      issue: "",
      tier: "",
      weights: DEFAULT_WEIGHTS,
      compare: [],
      hideRelated: false,
      limit: 10,
    });
    expect(params.toString()).toBe("from=TH-50");
  });

  it("asks for partners with a locality and for pairs with only an issue", () => {
    const base = readMatchState(new URLSearchParams("issue=waste&weights=issueFit%3D0.5"));
    expect(matchRequest(base)).toEqual({
      path: "/api/match/pairs",
      params: {
        issue: "waste",
        tier: "",
        limit: 10,
        weights: weightsToParam({ ...DEFAULT_WEIGHTS, issueFit: 0.5 }),
      },
    });
    expect(matchRequest({ ...base, from: "JP-16" })?.path).toBe("/api/match");
    expect(matchRequest({ ...base, from: "JP-16", hideRelated: true, limit: 20 })?.params).toMatchObject({
      hide: "related",
      limit: 20,
    });
    expect(readMatchState(new URLSearchParams("from=TH-50&limit=9999")).limit).toBe(10);
    expect(matchRequest({ ...base, issue: "" })).toBeUndefined();
  });

  it("compares at most the two latest ticked results", () => {
    expect(toggleCompare(["a", "b"], "c")).toEqual(["b", "c"]);
    expect(toggleCompare(["a", "b"], "a")).toEqual(["b"]);
  });

  it("adds a history entry for a new search only, not for weights or ticks", () => {
    expect(isNewSearch({ weights: DEFAULT_WEIGHTS })).toBe(false);
    expect(isNewSearch({ compare: ["JP-16"] })).toBe(false);
    expect(isNewSearch({ issue: "waste" })).toBe(true);
    expect(isNewSearch({ from: "TH-50", compare: [] })).toBe(true);
    expect(isNewSearch({ tier: "city" })).toBe(true);
    expect(isNewSearch({ hideRelated: true })).toBe(false);
    expect(isNewSearch({ limit: 20 })).toBe(false);
  });
});
