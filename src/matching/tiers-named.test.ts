import { describe, expect, it } from "vitest";
import { TIERS } from "../domain/locality.ts";
import { TIER_GROUPS, tiersNamed } from "./engine.ts";

describe("tiersNamed", () => {
  it("expands a group and accepts an exact tier", () => {
    expect(tiersNamed("city", TIERS)).toEqual(TIER_GROUPS.city);
    expect(tiersNamed("province", TIERS)).toEqual(["province"]);
  });

  it("names nothing for Object.prototype keys", () => {
    for (const text of ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"]) {
      expect(tiersNamed(text, TIERS)).toBeUndefined();
    }
  });
});
