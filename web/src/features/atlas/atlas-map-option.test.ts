import { describe, expect, it } from "vitest";
import type { LocalityBrief } from "../../api/types.ts";
import { JAPAN_SHIFT } from "../home/geo.ts";
import { atlasMapOption, partnerCounts } from "./atlas-map-option.ts";

const brief = (id: string, partnered: boolean, extra: Partial<LocalityBrief> = {}): LocalityBrief => ({
  id,
  country: id.startsWith("TH") ? "TH" : "JP",
  tier: id.length > 5 ? "town" : "prefecture",
  region: "kanto",
  parent: id.length > 5 ? id.slice(0, 5) : null,
  names: { th: id, en: id, ja: id },
  population: null,
  centroid: null,
  office: id.length > 5 ? { lat: 36, lon: 138 } : null,
  described: partnered,
  partnered,
  ...extra,
});

describe("the atlas map", () => {
  const localities = [brief("JP-16", true), brief("JP-16204", true), brief("JP-16205", false), brief("TH-50", true)];
  const option = atlasMapOption({
    localities,
    nameOf: (id) => id,
    labels: { partnered: "with", unpartnered: "without" },
    isNarrow: true,
  });

  it("draws every Japanese municipality at its office, coloured by whether it has a Thai partner", () => {
    const [without, withPartner] = option.series;
    expect(withPartner?.data).toEqual([{ name: "JP-16204", value: [138 + JAPAN_SHIFT[0], 36 + JAPAN_SHIFT[1]] }]);
    expect(without?.data.map((item) => item.name)).toEqual(["JP-16205"]);
    expect(withPartner?.itemStyle.color).not.toBe(without?.itemStyle.color);
  });

  it("shades provinces and prefectures with a partner, and counts the points for its text alternative", () => {
    expect(option.geo.regions.map((region) => region.name)).toEqual(["JP-16", "TH-50"]);
    expect(partnerCounts(localities)).toEqual({ partnered: 1, other: 1 });
  });
});
