import { describe, expect, it } from "vitest";
import { compareScores, scorePair } from "../src/matching/engine.ts";
import { profileOf } from "../src/matching/profile.ts";
import { isUndescribed, shortlistUndescribed } from "../src/matching/thin-profiles.ts";
import { DEFAULT_WEIGHTS } from "../src/matching/weights.ts";
import {
  byCountry,
  type Comparison,
  compareAsker,
  compareEveryPair,
  compareScored,
  focusFor,
  referenceCatalog,
  scorerFor,
  TOP,
} from "./support/compiled-equivalence.ts";

/**
 * The compiled scorer (src/matching/compiled) ranks as the reference scorer does: every Thai
 * locality against every Japanese one, with no issue and with two issues; the pool partnersFor
 * actually ranks (described candidates and the undescribed shortlist) with four more issues; and
 * bestPairs' ranking. Japanese askers: compiled-equivalence-jp.test.ts (a second file, so the two
 * halves run on two workers).
 */
const catalog = referenceCatalog();
const thai = byCountry(catalog, "TH");
const japanese = byCountry(catalog, "JP");

describe("compiled scorer, Thai askers", () => {
  for (const issue of [undefined, "waste", "高齢化"])
    it(`ranks every Japanese candidate as the reference does (${issue ?? "no issue"})`, () => {
      const comparison = compareEveryPair(catalog, issue, thai, japanese);
      expect(comparison.differences.slice(0, 20)).toEqual([]);
      expect(comparison.pairs).toBe(thai.length * japanese.length);
    }, 120_000);

  for (const issue of ["การท่องเที่ยว", "ผ้าไหม", "smart city", "ยางพารา"])
    it(`ranks the pool partnersFor ranks as the reference does (${issue})`, () => {
      const focus = focusFor(catalog, issue);
      const scorer = scorerFor(catalog, focus);
      const comparison: Comparison = { pairs: 0, differences: [] };
      const candidates = japanese.map((locality) => profileOf(catalog, locality));
      for (const asker of thai) {
        const pool = [
          ...candidates.filter((profile) => !isUndescribed(profile)),
          ...shortlistUndescribed(profileOf(catalog, asker), candidates),
        ].map((profile) => profile.locality);
        compareAsker(catalog, scorer, focus, asker, pool, comparison);
      }
      expect(comparison.differences.slice(0, 20)).toEqual([]);
    }, 120_000);

  it("orders bestPairs' pairs as the reference does", () => {
    const described = (country: "TH" | "JP") =>
      byCountry(catalog, country)
        .map((locality) => profileOf(catalog, locality))
        .filter((profile) => !isUndescribed(profile));
    for (const issue of ["waste", "การท่องเที่ยว", "高齢化", "ผ้าไหม", "smart city"]) {
      const focus = focusFor(catalog, issue);
      const scorer = scorerFor(catalog, focus);
      const { byId } = scorer.compiled;
      const reference = described("TH")
        .flatMap((a) => described("JP").map((b) => scorePair(catalog, a, b, focus, DEFAULT_WEIGHTS)))
        .sort(compareScores)
        .slice(0, TOP);
      const compiled = described("TH")
        .flatMap((a) =>
          described("JP").map((b) => scorer.score(byId.get(a.locality.id) ?? -1, byId.get(b.locality.id) ?? -1)),
        )
        .sort(compareScored(scorer.compiled))
        .slice(0, TOP);
      const ids = (pairs: Array<{ a: string; b: string; score: number }>) =>
        pairs.map((pair) => `${pair.a}→${pair.b} ${pair.score}`);
      expect(
        ids(
          compiled.map((pair) => ({
            a: scorer.compiled.profiles[pair.a]?.id ?? "",
            b: scorer.compiled.profiles[pair.b]?.id ?? "",
            score: pair.score,
          })),
        ),
      ).toEqual(ids(reference.map((pair) => ({ a: pair.a.locality.id, b: pair.b.locality.id, score: pair.score }))));
    }
  }, 120_000);
});
