import { describe, expect, it } from "vitest";
import { buildCatalog } from "../src/catalog/catalog.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { nationalStatistics } from "../src/catalog/statistics.ts";
import { loadConfig } from "../src/config.ts";

/** The national picture over the real reference data. */
const { data } = loadReferenceData(loadConfig({}).dataDir);
const catalog = buildCatalog(data);
const stats = nationalStatistics(catalog, new Date("2026-11-25T00:00:00Z"));

describe("the national picture of the reference data", () => {
  it("gives a Thai province a partner when any party of a relation is in it", () => {
    const without = new Set(stats.provincesWithoutPartner.map((province) => province.id));
    // Trat (Ko Chang, with Shiga) and Samut Prakan were listed when only a relation's first Thai party counted.
    expect(without.has("TH-23")).toBe(false);
    expect(without.has("TH-11")).toBe(false);
    const mapped = new Set(stats.links.map((link) => link.a));
    expect(mapped.has("TH-23") && mapped.has("TH-11")).toBe(true);
    for (const province of without) expect(mapped.has(province), province).toBe(false);
  });

  it("counts one-off events apart, held, never as active or lapsed relations", () => {
    const held = stats.relationsByStatus.find((row) => row.status === "held");
    expect(held?.count).toBe(stats.counts.events);
    expect(stats.counts.events).toBeGreaterThanOrEqual(13);
    expect(stats.counts.ongoing + stats.counts.events).toBe(stats.counts.relations);
    const fair = data.relations.find((relation) => relation.id === "business-matching-shiga-thaifex-2016");
    expect(fair).toMatchObject({ form: "one-off", status: "held" });
    // Suggested statuses: far fewer than 133 of 157 relations are still active.
    const active = stats.relationsByStatus.find((row) => row.status === "active")?.count ?? 0;
    expect(active).toBeLessThan(stats.counts.ongoing / 2);
  });

  it("says how far the data reaches: the report's information ends in 2018", () => {
    expect(stats.asOf.latestDate?.slice(0, 4)).toBe("2018");
  });
});
