import { describe, expect, it } from "vitest";
import {
  byCountry,
  type Comparison,
  compareAsker,
  focusFor,
  referenceCatalog,
  scorerFor,
} from "./support/compiled-equivalence.ts";

/** Japanese askers: every Japanese locality against every Thai one, as compiled-equivalence-th.test.ts. */
const catalog = referenceCatalog();
const thai = byCountry(catalog, "TH");
const japanese = byCountry(catalog, "JP");

describe("compiled scorer, Japanese askers", () => {
  for (const issue of [undefined, "waste", "高齢化"])
    it(`ranks every Thai candidate as the reference does (${issue ?? "no issue"})`, () => {
      const focus = focusFor(catalog, issue);
      const scorer = scorerFor(catalog, focus);
      const comparison: Comparison = { pairs: 0, differences: [] };
      for (const asker of japanese) compareAsker(catalog, scorer, focus, asker, thai, comparison);
      expect(comparison.differences.slice(0, 20)).toEqual([]);
      expect(comparison.pairs).toBe(thai.length * japanese.length);
    }, 120_000);
});
