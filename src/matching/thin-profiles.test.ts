import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality } from "../../tests/support/catalog-builder.ts";
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
});
