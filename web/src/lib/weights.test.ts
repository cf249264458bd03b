import { describe, expect, it } from "vitest";
import { CRITERIA, DEFAULT_WEIGHTS, isDefaultWeights, weightsFromParam, weightsToParam } from "./weights.ts";

describe("weights in the URL", () => {
  it("writes every criterion in the API's order", () => {
    const names = weightsToParam(DEFAULT_WEIGHTS)
      .split(",")
      .map((part) => part.split("=")[0]);
    expect(names).toEqual([...CRITERIA]);
    expect(weightsToParam({ ...DEFAULT_WEIGHTS, issueFit: 0.25 })).toMatch(/^issueFit=0\.25,sharedProblems=/);
  });

  it("round-trips changed weights", () => {
    const changed = { ...DEFAULT_WEIGHTS, issueFit: 0, geography: 0.95, feasibility: 1 };
    expect(weightsFromParam(weightsToParam(changed))).toEqual(changed);
    expect(isDefaultWeights(changed)).toBe(false);
    expect(isDefaultWeights(weightsFromParam(weightsToParam(DEFAULT_WEIGHTS)))).toBe(true);
  });

  it("keeps the default for what it cannot read", () => {
    const weights = weightsFromParam("issueFit=7,bogus=0.1,geography=,industry=abc,sizeTier=0.2");
    expect(weights).toEqual({ ...DEFAULT_WEIGHTS, sizeTier: 0.2 });
    expect(weightsFromParam(null)).toEqual(DEFAULT_WEIGHTS);
  });
});
