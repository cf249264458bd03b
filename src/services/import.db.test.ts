import { beforeEach, describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "../../tests/support/fixture-data.ts";
import { freshRepositories, testEngine } from "../../tests/support/test-database.ts";
import type { Repositories } from "../store/repositories.ts";
import { ValidationFailed } from "./errors.ts";
import { importUserFile } from "./import.service.ts";
import { readReferenceData } from "./reference-data.service.ts";
import { seedDatabase } from "./seed.service.ts";

const relation = (id: string, parties: string[]) => ({
  id,
  type: "mou",
  parties,
  title: { th: "บันทึกความเข้าใจ", en: "Memorandum", ja: "覚書" },
  start: "2024-05",
  status: "active",
  issues: ["waste"],
  sources: ["gk:low"],
});

describe(`user import on ${testEngine()}`, () => {
  let repos: Repositories;

  beforeEach(async () => {
    ({ repos } = await freshRepositories());
    await seedDatabase(repos, { dataDir: makeFixtureDataDir() });
  });

  it("imports a valid file as user records", async () => {
    const file = JSON.stringify({ relations: [relation("mou-chiang-mai-toyama", ["TH-50", "JP-16"])] });
    expect(await importUserFile(repos, "new.json", file)).toMatchObject({ relations: 1 });
    expect((await repos.relations.list({ party: "JP-16" })).items.map((r) => r.id)).toEqual(["mou-chiang-mai-toyama"]);
  });

  it("writes nothing when one row of many is bad, and names the row", async () => {
    const before = await readReferenceData(repos);
    const file = JSON.stringify(
      { relations: [relation("mou-good", ["TH-50", "JP-16"]), relation("mou-bad", ["TH-50", "JP-77"])] },
      null,
      2,
    );
    const failure = await importUserFile(repos, "rows.json", file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationFailed);
    const problems = (failure as ValidationFailed).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "rows.json", id: "mou-bad", field: "parties.1" });
    expect(problems[0]?.line).toBeGreaterThan(10);
    expect(await readReferenceData(repos)).toEqual(before);
  });

  it("rejects unknown lists and malformed files", async () => {
    await expect(importUserFile(repos, "x.yaml", "relatons: []\n")).rejects.toBeInstanceOf(ValidationFailed);
    await expect(importUserFile(repos, "x.yaml", "relations: [\n")).rejects.toBeInstanceOf(ValidationFailed);
    await expect(importUserFile(repos, "x.yaml", "- just a list\n")).rejects.toBeInstanceOf(ValidationFailed);
  });
});
