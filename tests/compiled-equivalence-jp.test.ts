import { describe, expect, it } from "vitest";
import { byCountry, compareEveryPair, referenceCatalog } from "./support/compiled-equivalence.ts";

/** Japanese askers: every Japanese locality against every Thai one, as compiled-equivalence-th.test.ts. */
const catalog = referenceCatalog();
const thai = byCountry(catalog, "TH");
const japanese = byCountry(catalog, "JP");

describe("compiled scorer, Japanese askers", () => {
  for (const issue of [undefined, "waste", "高齢化"])
    it(`ranks every Thai candidate as the reference does (${issue ?? "no issue"})`, () => {
      const comparison = compareEveryPair(catalog, issue, japanese, thai);
      expect(comparison.differences.slice(0, 20)).toEqual([]);
      expect(comparison.pairs).toBe(thai.length * japanese.length);
    }, 120_000);
});
