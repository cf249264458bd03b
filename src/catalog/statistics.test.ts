import { describe, expect, it } from "vitest";
import { catalogOf, locality, relation } from "../../tests/support/catalog-builder.ts";
import { nationalStatistics, partnerPairs, statusCounts } from "./statistics.ts";

const trat = locality({ id: "TH-23" });
const rayong = locality({ id: "TH-21" });
const chanthaburi = locality({ id: "TH-22" });
const kohChang = locality({ id: "TH-23-ko-chang", tier: "town-municipality", parent: "TH-23" });
const mie = locality({ id: "JP-24" });
const shiga = locality({ id: "JP-25" });
const otsu = locality({ id: "JP-25201", tier: "city", parent: "JP-25" });

const catalog = catalogOf(
  [trat, rayong, chanthaburi, kohChang, mie, shiga, otsu],
  [
    relation({ id: "east-mie", parties: ["org:th-dip", "TH-21", "TH-23-ko-chang", "JP-24"] }),
    relation({ id: "rayong-shiga", parties: ["TH-21", "JP-25201", "JP-25"] }),
  ],
);

describe("national statistics", () => {
  it("counts every party of a relation, not only the first of each side", () => {
    expect(partnerPairs(catalog, ["org:th-dip", "TH-21", "TH-23-ko-chang", "JP-24"])).toEqual([
      ["TH-21", "JP-24"],
      ["TH-23", "JP-24"],
    ]);
    // A city and its prefecture on one side make one pair, not two.
    expect(partnerPairs(catalog, ["TH-21", "JP-25201", "JP-25"])).toEqual([["TH-21", "JP-25"]]);
    const stats = nationalStatistics(catalog, new Date("2026-11-25T00:00:00Z"));
    expect(stats.provincesWithoutPartner.map((province) => province.id)).toEqual(["TH-22"]);
    expect(stats.asOf).toEqual({ latestDate: null, statusesOn: "2026-11-25" });
    expect(stats.links.map((link) => `${link.relation}:${link.a}-${link.b}`)).toEqual([
      "east-mie:TH-21-JP-24",
      "east-mie:TH-23-JP-24",
      "rayong-shiga:TH-21-JP-25",
    ]);
  });

  it("counts relations by the status their last activity suggests, the recorded one kept for hover", () => {
    const today = new Date("2026-11-25T00:00:00Z");
    const old = { th: "x", en: "2013 visit", ja: "x" };
    const rows = statusCounts(
      [
        relation({
          id: "aged",
          parties: ["TH-21", "JP-24"],
          activities: [{ date: "2013", text: old, source: "gk:low" }],
        }),
        relation({
          id: "fresh",
          parties: ["TH-21", "JP-24"],
          activities: [{ date: "2026", text: old, source: "gk:low" }],
        }),
        relation({ id: "undated", parties: ["TH-21", "JP-24"], status: "declining" }),
        relation({ id: "fair", parties: ["TH-21", "JP-24"], form: "one-off", status: "held", start: "2016" }),
      ],
      today,
    );
    expect(rows).toEqual([
      { status: "active", count: 1, recorded: [{ status: "active", count: 1 }] },
      { status: "declining", count: 1, recorded: [{ status: "declining", count: 1 }] },
      { status: "lapsed", count: 1, recorded: [{ status: "active", count: 1 }] },
      { status: "held", count: 1, recorded: [{ status: "held", count: 1 }] },
    ]);
  });
});
