import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality } from "../../tests/support/catalog-builder.ts";
import { rankGap } from "../domain/rules/tier-rank.ts";
import { profileOf } from "./profile.ts";
import { isUndescribed, shortlistUndescribed } from "./thin-profiles.ts";

const population = (value: number) => ({ value, year: 2020, source: "dataset:jp-census-2020" });

describe("undescribed candidates", () => {
  const province = locality({ id: "TH-57", population: population(1_300_000) });
  const described = locality({ id: "JP-39", strengths: [fact("Forestry", ["forestry"])] });
  const prefecture = locality({ id: "JP-38", population: population(1_330_000) });
  const city = locality({ id: "JP-38201", tier: "city", parent: "JP-38", population: population(1_200_000) });
  const town = locality({ id: "JP-39344", tier: "town", parent: "JP-39", population: population(3_500) });
  const unknown = locality({ id: "JP-37" });
  const catalog = catalogOf([province, described, prefecture, city, town, unknown]);
  const profiles = [described, town, city, unknown, prefecture].map((item) => profileOf(catalog, item));

  it("are those with no fact and no relation on record", () => {
    expect(profiles.filter(isUndescribed).map((profile) => profile.locality.id)).toEqual([
      "JP-39344",
      "JP-38201",
      "JP-37",
      "JP-38",
    ]);
  });

  it("are shortlisted by rank, then size, nearest the asker first; unknown sizes last", () => {
    const shortlist = shortlistUndescribed(profileOf(catalog, province), profiles, 3);
    expect(shortlist.map((profile) => profile.locality.id)).toEqual(["JP-38", "JP-37", "JP-38201"]);
  });

  it("keeps exactly what a full stable sort would keep, ties in input order", () => {
    const tiers = ["city", "town", "village", "prefecture"] as const;
    // Repeated populations and tiers, unknown populations, ids out of order: every tie-break is used.
    const many = Array.from({ length: 90 }, (_, index) =>
      locality({
        id: `JP-${String(40_000 + ((index * 37) % 90)).padStart(5, "0")}`,
        tier: tiers[index % tiers.length] ?? "city",
        parent: "JP-38",
        ...(index % 7 === 0 ? {} : { population: population(1_000 * (1 + (index % 5)) ** 3) }),
      }),
    );
    const big = catalogOf([province, prefecture, ...many]);
    const candidates = many.map((item) => profileOf(big, item));
    const asker = profileOf(big, province);
    const log = (value: number | undefined) => (value ? Math.log10(value) : undefined);
    const sorted = candidates
      .map((profile) => {
        const mine = log(asker.locality.population?.value);
        const theirs = log(profile.locality.population?.value);
        const distance =
          mine !== undefined && theirs !== undefined ? Math.abs(mine - theirs) : Number.POSITIVE_INFINITY;
        return { profile, gap: rankGap(asker.locality.tier, profile.locality.tier), distance };
      })
      .sort(
        (x, y) =>
          x.gap - y.gap || x.distance - y.distance || x.profile.locality.id.localeCompare(y.profile.locality.id),
      )
      .map((entry) => entry.profile.locality.id);
    for (const size of [0, 1, 5, 40, 89, 90, 200])
      expect(shortlistUndescribed(asker, candidates, size).map((profile) => profile.locality.id)).toEqual(
        sorted.slice(0, size),
      );
  });
});
