import { describe, expect, it } from "vitest";
import { consistencyProblems } from "../../tests/support/consistency.ts";
import { makeFixtureDataDir } from "../../tests/support/fixture-data.ts";
import { anotherClient, freshRepositories, testEngine } from "../../tests/support/test-database.ts";
import { importUserFile } from "../services/import.service.ts";
import { seedDatabase } from "../services/seed.service.ts";
import type { Database } from "./database.ts";
import { createRepositories } from "./repositories.ts";

const relation = (id: string) => ({
  id,
  type: "mou",
  parties: ["TH-50", "JP-16"],
  title: { th: "บันทึก", en: "Memo", ja: "覚書" },
  status: "active",
  issues: ["waste"],
  sources: ["gk:low"],
});

/** Issue 9, point 1: on a server, concurrent seeds and imports from several clients are all correct. */
describe(`concurrent writers on ${testEngine()}`, () => {
  it("seeds an empty database from four clients at once: every seed succeeds, nothing is doubled", async () => {
    const { database } = await freshRepositories();
    const dataDir = makeFixtureDataDir();
    const clients: Database[] = [database, ...(await Promise.all([anotherClient(), anotherClient(), anotherClient()]))];
    try {
      const results = await Promise.allSettled(
        clients.map((client) => seedDatabase(createRepositories(client.db), { dataDir })),
      );
      expect(results.map((result) => result.status)).toEqual(Array(4).fill("fulfilled"));
      const inserted = results.map((result) => (result.status === "fulfilled" ? result.value.localities.inserted : -1));
      expect(inserted.filter((count) => count > 0)).toEqual([6]);
      expect(await consistencyProblems(database.db)).toEqual([]);
    } finally {
      for (const client of clients.slice(1)) if (client !== database) await client.close();
    }
  });

  it("runs concurrent imports and seeds one after another: all records land, the database stays consistent", async () => {
    const { database, repos } = await freshRepositories();
    const dataDir = makeFixtureDataDir();
    await seedDatabase(repos, { dataDir });
    const clients = await Promise.all([anotherClient(), anotherClient(), anotherClient()]);
    try {
      const writes = clients.flatMap((client, index) => {
        const clientRepos = createRepositories(client.db);
        const file = JSON.stringify({ relations: [relation(`mou-${index}-a`), relation(`mou-${index}-b`)] });
        return [importUserFile(clientRepos, `batch-${index}.json`, file), seedDatabase(clientRepos, { dataDir })];
      });
      const results = await Promise.allSettled(writes);
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
      const { items } = await repos.relations.list({ type: "mou" });
      expect(items.map((item) => item.id).sort()).toEqual(
        ["mou-0-a", "mou-0-b", "mou-1-a", "mou-1-b", "mou-2-a", "mou-2-b"].sort(),
      );
      expect(await consistencyProblems(database.db)).toEqual([]);
    } finally {
      for (const client of clients) if (client !== database) await client.close();
    }
  });
});
