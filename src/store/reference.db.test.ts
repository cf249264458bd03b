import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "../../tests/support/fixture-data.ts";
import { freshRepositories, testEngine } from "../../tests/support/test-database.ts";
import { loadReferenceData } from "../catalog/load.ts";
import { ValidationFailed } from "../services/errors.ts";
import { readReferenceData } from "../services/reference-data.service.ts";
import { seedDatabase, seedIfChanged } from "../services/seed.service.ts";
import type { Repositories } from "./repositories.ts";

describe(`reference import on ${testEngine()}`, () => {
  let repos: Repositories;
  let dataDir: string;

  beforeEach(async () => {
    ({ repos } = await freshRepositories());
    dataDir = makeFixtureDataDir();
  });

  it("loads every record and a second run changes nothing", async () => {
    const first = await seedDatabase(repos, { dataDir });
    expect(first.localities).toMatchObject({ inserted: 6, updated: 0, removed: 0 });
    expect(first.relations.inserted).toBe(2);
    expect(first.places.inserted).toBe(4);
    const second = await seedDatabase(repos, { dataDir });
    for (const counts of Object.values(second)) {
      expect(counts).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    }
    expect(second.localities.unchanged).toBe(6);
    const { items } = await repos.relations.list({ party: "JP-16204" });
    expect(items.map((relation) => relation.id)).toEqual(["sister-chiang-mai-city-uozu"]);
  });

  it("updates changed records and removes reference records the data dropped", async () => {
    await seedDatabase(repos, { dataDir });
    const file = join(dataDir, "localities", "jp", "JP-40.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("lat: 33.61", "lat: 33.6"));
    writeFileSync(
      join(dataDir, "relations", "relations.yaml"),
      readFileSync(join(dataDir, "relations", "relations.yaml"), "utf8").split("- id: friendship-bangkok-fukuoka")[0] ??
        "",
    );
    const summary = await seedDatabase(repos, { dataDir });
    expect(summary.localities).toMatchObject({ updated: 1, unchanged: 5 });
    expect(summary.relations).toMatchObject({ removed: 1, unchanged: 1 });
    expect((await repos.localities.get("JP-40"))?.centroid?.lat).toBe(33.6);
    expect(await repos.relations.get("friendship-bangkok-fukuoka")).toBeUndefined();
    expect((await repos.relations.list({ party: "TH-10" })).total).toBe(0);
  });

  it("writes nothing when any record is invalid", async () => {
    await seedDatabase(repos, { dataDir });
    const before = await readReferenceData(repos);
    const file = join(dataDir, "localities", "th", "TH-10.yaml");
    writeFileSync(
      join(dataDir, "localities", "th", "TH-11.yaml"),
      readFileSync(file, "utf8").replace("id: TH-10", "id: TH-11"),
    );
    writeFileSync(file, readFileSync(file, "utf8").replace("tier: capital", "tier: metropolis"));
    await expect(seedDatabase(repos, { dataDir })).rejects.toBeInstanceOf(ValidationFailed);
    expect(await readReferenceData(repos)).toEqual(before);
  });

  it("rolls back the whole transaction when the database fails midway", async () => {
    await seedDatabase(repos, { dataDir });
    const before = await readReferenceData(repos);
    const { data } = loadReferenceData(dataDir);
    const changed = { ...data, localities: data.localities.map((locality) => ({ ...locality, note: "changed" })) };
    // A relation whose id the table cannot hold (null) fails after the localities were written.
    const broken = { ...changed, relations: [{ ...(changed.relations[0] as object), id: null } as never] };
    await expect(repos.reference.sync(broken)).rejects.toThrow();
    expect(await readReferenceData(repos)).toEqual(before);
  });

  it("never overwrites a user's edit, and keeps it when the reference record changes", async () => {
    await seedDatabase(repos, { dataDir });
    const bangkok = await repos.localities.get("TH-10");
    if (!bangkok) throw new Error("Bangkok missing");
    await repos.reference.writeUser({
      localities: [{ ...bangkok, note: "edited by a BMA officer" }],
      organisations: [],
      relations: [],
      needsOffers: [],
    });
    const file = join(dataDir, "localities", "th", "TH-10.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("lon: 100.5", "lon: 100.52"));
    const summary = await seedDatabase(repos, { dataDir });
    expect(summary.localities.keptUserEdits).toBe(1);
    expect((await repos.localities.get("TH-10"))?.note).toBe("edited by a BMA officer");
    expect((await repos.localities.origins()).get("TH-10")).toBe("user");
  });

  it("filters and searches localities in every language", async () => {
    await seedDatabase(repos, { dataDir });
    expect((await repos.localities.list({ country: "JP" })).items.map((l) => l.id)).toEqual([
      "JP-16",
      "JP-16204",
      "JP-40",
    ]);
    expect((await repos.localities.list({ q: "魚津" })).items.map((l) => l.id)).toEqual(["JP-16204"]);
    expect((await repos.localities.list({ q: "เชียงใหม่" })).total).toBe(2);
    expect((await repos.localities.list({ q: "อุโอซุ" })).items.map((l) => l.id)).toEqual(["JP-16204"]);
    expect((await repos.localities.list({ q: "100%_" })).total).toBe(0);
    const paged = await repos.localities.list({ limit: 2, offset: 2 });
    expect(paged).toMatchObject({ total: 6 });
    expect(paged.items).toHaveLength(2);
  });

  it("filters relations by type, status, issue and year", async () => {
    await seedDatabase(repos, { dataDir });
    expect((await repos.relations.list({ type: "friendship" })).items.map((r) => r.id)).toEqual([
      "friendship-bangkok-fukuoka",
    ]);
    expect((await repos.relations.list({ issue: "waste" })).total).toBe(1);
    expect((await repos.relations.list({ year: 1989 })).items.map((r) => r.id)).toEqual([
      "sister-chiang-mai-city-uozu",
    ]);
    expect((await repos.relations.list({ status: "lapsed" })).total).toBe(0);
  });

  it("skips a start's seed when the data files are unchanged, and seeds when one changed", async () => {
    expect(await seedIfChanged(repos, { dataDir })).toBe("seeded");
    expect(await seedIfChanged(repos, { dataDir })).toBe("unchanged");
    const file = join(dataDir, "localities", "jp", "JP-40.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("lat: 33.61", "lat: 33.6"));
    expect(await seedIfChanged(repos, { dataDir })).toBe("seeded");
    expect((await repos.localities.get("JP-40"))?.centroid?.lat).toBe(33.6);
    // A plain seed records no fingerprint, so the next start checks the data again.
    await seedDatabase(repos, { dataDir });
    expect(await seedIfChanged(repos, { dataDir })).toBe("seeded");
  });
});
