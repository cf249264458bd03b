import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "../../../tests/support/fixture-data.ts";
import { freshRepositories, testEngine } from "../../../tests/support/test-database.ts";
import { DEFAULT_WEIGHTS } from "../../matching/weights.ts";
import type { Repositories } from "../../store/repositories.ts";
import { createCatalogCache } from "../catalog.service.ts";
import { ServiceBusy } from "../errors.ts";
import { importUserFile } from "../import.service.ts";
import { seedDatabase } from "../seed.service.ts";
import { createMatchService, type MatchService } from "./match.service.ts";

const partners = (from: string, limit = 10) => ({ kind: "partners" as const, from, limit, weights: DEFAULT_WEIGHTS });

/** Issue 9, point 5: matching in worker threads, a bounded queue, answers cached until the data changes. */
describe(`the matching service on ${testEngine()}`, () => {
  let repos: Repositories;
  let service: MatchService | undefined;
  beforeEach(async () => {
    ({ repos } = await freshRepositories());
    await seedDatabase(repos, { dataDir: makeFixtureDataDir() });
  });
  afterEach(() => service?.close());

  it("answers in a worker thread what the core answers, and identical questions from the cache", async () => {
    const catalogs = createCatalogCache(repos);
    service = createMatchService(catalogs, { workers: 1, queue: 8, cacheEntries: 100 });
    const first = JSON.parse(await service.answer(partners("TH-50-chiang-mai-city")));
    expect(first.results[0].id).toBe("JP-16204");
    expect(await service.answer(partners("TH-50-chiang-mai-city"))).toBe(JSON.stringify(first));
    expect(service.counts()).toMatchObject({ computed: 1, fromCache: 1 });
    await expect(service.answer(partners("TH-99"))).rejects.toMatchObject({ code: "unknown-locality" });
  });

  it("reflects an edit in the next answer once the catalog is invalidated", async () => {
    const catalogs = createCatalogCache(repos);
    service = createMatchService(catalogs, { workers: 1, queue: 8, cacheEntries: 100 });
    const flagsFor = async () => {
      const answer = JSON.parse((await service?.answer(partners("TH-10", 50))) ?? "{}");
      const jp16 = answer.results.find((result: { id: string }) => result.id === "JP-16");
      return jp16.flags.map((flag: { relation?: string }) => flag.relation);
    };
    expect(await flagsFor()).not.toContain("mou-bangkok-toyama");
    const relation = {
      id: "mou-bangkok-toyama",
      type: "mou",
      parties: ["TH-10", "JP-16"],
      title: { th: "บันทึก", en: "Memo", ja: "覚書" },
      status: "active",
      issues: ["waste"],
      sources: ["gk:low"],
    };
    await importUserFile(repos, "edit.json", JSON.stringify({ relations: [relation] }));
    catalogs.invalidate();
    expect(await flagsFor()).toContain("mou-bangkok-toyama");
    expect(service.counts().computed).toBe(2);
  });

  it("refuses work beyond the queue as busy, with a time to retry, and answers the rest", async () => {
    const catalogs = createCatalogCache(repos);
    service = createMatchService(catalogs, { workers: 1, queue: 1, cacheEntries: 0 });
    await service.answer(partners("TH-10"));
    const sources = ["TH-10", "TH-50", "TH-50-chiang-mai-city", "JP-16", "JP-40", "JP-16204"];
    const outcomes = await Promise.allSettled(sources.map((from) => service?.answer(partners(from, 3))));
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused) {
      expect(outcome.reason).toBeInstanceOf(ServiceBusy);
      expect((outcome.reason as ServiceBusy).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled").length).toBeGreaterThanOrEqual(2);
  });
});
