import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "../../../tests/support/fixture-data.ts";
import { freshRepositories, testEngine } from "../../../tests/support/test-database.ts";
import { backupToFile, RestoreRefused, restoreFromFile } from "../../services/backup.service.ts";
import { importUserFile } from "../../services/import.service.ts";
import { readReferenceData } from "../../services/reference-data.service.ts";
import { seedDatabase } from "../../services/seed.service.ts";
import { type Database, openDatabase } from "../database.ts";
import { createRepositories, type Repositories } from "../repositories.ts";

const userRecords = JSON.stringify({
  relations: ["a", "b", "c"].map((suffix) => ({
    id: `mou-user-${suffix}`,
    type: "mou",
    parties: ["TH-50", "JP-16"],
    title: { th: "บันทึก", en: `Memo ${suffix}`, ja: "覚書" },
    status: "active",
    issues: ["waste"],
    sources: ["gk:low"],
  })),
});

/** Everything a restore must bring back: records with their origin, links and the run history. */
const everything = async (database: Pick<Database, "db">) => {
  const rows = async (query: string) =>
    ((await database.db.execute(sql.raw(query))) as unknown as { rows: unknown[] }).rows;
  return {
    data: await readReferenceData(createRepositories(database.db)),
    origins: await rows("select id, origin, content_hash from relations order by id"),
    parties: await rows("select * from relation_parties order by relation_id, position"),
    runs: await rows("select id, kind, summary from import_runs order by id"),
  };
};

/** Issue 9, point 3: back up, damage, restore, and every record is back. */
describe(`backup and restore on ${testEngine()}`, () => {
  let database: Database;
  let repos: Repositories;
  let file: string;
  beforeEach(async () => {
    ({ database, repos } = await freshRepositories());
    await seedDatabase(repos, { dataDir: makeFixtureDataDir() });
    await importUserFile(repos, "user.json", userRecords);
    file = join(mkdtempSync(join(tmpdir(), "jubkoo-backup-")), "nightly.jsonl.gz");
  });

  it("brings every record back after damage, and refuses to overwrite without being told to", async () => {
    const before = await everything(database);
    expect(await backupToFile(database, file)).toBeGreaterThan(20);
    await database.db.execute(sql.raw("delete from relations where origin = 'user'"));
    await database.db.execute(sql.raw("update localities set name_en = 'damaged'"));
    await expect(restoreFromFile(database, file, { replace: false })).rejects.toThrow(/not empty.*--yes/);
    expect((await everything(database)).origins).not.toEqual(before.origins);
    const restored = await restoreFromFile(database, file, { replace: true });
    expect(restored.rows).toBeGreaterThan(20);
    expect(await everything(database)).toEqual(before);
    // Serial ids carry on after the restored ones.
    await importUserFile(repos, "more.json", JSON.stringify({ relations: [] }));
    const runs = (await everything(database)).runs as Array<{ id: number }>;
    expect(runs.at(-1)?.id).toBe((before.runs.at(-1) as { id: number }).id + 1);
  });

  it("refuses a backup cut short and changes nothing", async () => {
    const plain = file.replace(/\.gz$/, "");
    await backupToFile(database, plain);
    const lines = readFileSync(plain, "utf8").trimEnd().split("\n");
    writeFileSync(plain, `${lines.slice(0, -3).join("\n")}\n`);
    const before = await everything(database);
    await expect(restoreFromFile(database, plain, { replace: true })).rejects.toBeInstanceOf(RestoreRefused);
    expect(await everything(database)).toEqual(before);
  });

  it("restores into an embedded database, whichever engine made the dump", async () => {
    await backupToFile(database, file);
    const before = await everything(database);
    // Embedded PGlite in memory: the CLI's engine when no server is configured.
    const other = await openDatabase({});
    try {
      await other.migrate();
      await restoreFromFile(other, file, { replace: false });
      expect(await everything(other)).toEqual(before);
    } finally {
      await other.close();
    }
  });
});
