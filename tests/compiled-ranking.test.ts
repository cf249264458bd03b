import { describe, expect, it } from "vitest";
import type { Focus } from "../src/matching/focus.ts";
import { type Profile, profileOf } from "../src/matching/profile.ts";
import { type Ranking, rankPairs } from "../src/matching/ranking.ts";
import { isUndescribed, shortlistUndescribed } from "../src/matching/thin-profiles.ts";
import { DEFAULT_WEIGHTS } from "../src/matching/weights.ts";
import { byCountry, focusFor, referenceCatalog } from "./support/compiled-equivalence.ts";

/**
 * What answers read from rankPairs — every pair in order, its score and its band, and how many
 * were ranked — is the same whichever scorer ranks, on the reference dataset: the compiled ranking
 * orders pairs lazily and bands them as they are drawn, the reference sorts them all.
 */
const catalog = referenceCatalog();
const profiles = (country: "TH" | "JP") => byCountry(catalog, country).map((locality) => profileOf(catalog, locality));
const thai = profiles("TH");
const japanese = profiles("JP");

const listed = (focus: Focus, askers: readonly Profile[], candidates: readonly Profile[], ranking: Ranking) => {
  const ranked = rankPairs(catalog, focus, DEFAULT_WEIGHTS, askers, candidates, ranking);
  return {
    length: ranked.length,
    pairs: Array.from(ranked, (entry) => `${entry.a.locality.id}→${entry.b.locality.id} ${entry.score} ${entry.band}`),
  };
};

describe("rankPairs, compiled against reference", () => {
  for (const issue of [undefined, "waste", "การท่องเที่ยว"])
    it(`gives partnersFor's pools the same whole ranking and bands (${issue ?? "no issue"})`, () => {
      const focus = focusFor(catalog, issue);
      // Every eighth Thai and Japanese asker, against the pool partnersFor ranks.
      for (const asker of [...thai, ...japanese].filter((_, index) => index % 8 === 0)) {
        const others = asker.locality.country === "TH" ? japanese : thai;
        const pool = [...others.filter((profile) => !isUndescribed(profile)), ...shortlistUndescribed(asker, others)];
        expect(listed(focus, [asker], pool, "compiled")).toEqual(listed(focus, [asker], pool, "reference"));
      }
    }, 60_000);

  it("gives bestPairs' many askers the same whole ranking and bands", () => {
    const focus = focusFor(catalog, "高齢化");
    const described = (list: readonly Profile[]) => list.filter((profile) => !isUndescribed(profile));
    const compiled = listed(focus, described(thai), described(japanese), "compiled");
    expect(compiled.length).toBeGreaterThan(10_000);
    expect(compiled).toEqual(listed(focus, described(thai), described(japanese), "reference"));
  }, 60_000);
});
