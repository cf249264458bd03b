import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "../support/fixture-data.ts";
import { jubkoo } from "../support/run-cli.ts";
import { startServer, stopServer } from "./support/server-process.ts";

/** Issue 9, point 3, as an operator runs it: a nightly backup never needs the server stopped. */
describe("jubkoo db backup and db restore", () => {
  it("backs up, and after damage restores every record, only with --yes over a database holding records", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "jubkoo-cli-backup-"));
    const env = { JUBKOO_DATA_DIR: makeFixtureDataDir(), JUBKOO_DB_DIR: join(scratch, "db") };
    expect((await jubkoo(["db", "seed"], env)).code).toBe(0);
    const records = join(scratch, "user.yaml");
    writeFileSync(
      records,
      'relations:\n  - {id: mou-kept, type: mou, parties: [TH-50, JP-16], status: active, issues: [waste], sources: ["gk:low"], title: {th: บันทึก, en: Memo, ja: 覚書}}\n',
    );
    expect((await jubkoo(["import", records], env)).code).toBe(0);
    const listed = async () => (await jubkoo(["relations", "list", "--json"], env)).stdout;
    const before = await listed();

    const backup = join(scratch, "nightly.jsonl.gz");
    const made = await jubkoo(["db", "backup", backup], env);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Backed up \d+ rows to .*nightly\.jsonl\.gz/);
    expect(statSync(backup).mode & 0o077).toBe(0);

    // Damage: a reset drops the user's records.
    expect((await jubkoo(["db", "reset", "--yes"], env)).code).toBe(0);
    expect(await listed()).not.toContain("mou-kept");

    const refused = await jubkoo(["db", "restore", backup], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not empty .*--yes.*Nothing was changed/);
    const restored = await jubkoo(["db", "restore", backup, "--yes"], env);
    expect(restored.code).toBe(0);
    expect(await listed()).toBe(before);

    expect((await jubkoo(["db", "restore", join(scratch, "absent.gz")], env)).code).toBe(2);
  });

  it("backs up the embedded database through the running server; the backup restores elsewhere", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "jubkoo-live-backup-"));
    const env = { JUBKOO_DATA_DIR: makeFixtureDataDir(), JUBKOO_DB_DIR: join(scratch, "db") };
    const server = await startServer(env);
    const backup = join(scratch, "live.jsonl");
    try {
      const made = await jubkoo(["db", "backup", backup], env);
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toContain(`through the running server (pid ${server.child.pid})`);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
    const original = (await jubkoo(["relations", "list", "--json"], env)).stdout;
    const elsewhere = { ...env, JUBKOO_DB_DIR: join(scratch, "restored") };
    expect((await jubkoo(["db", "restore", backup], elsewhere)).code).toBe(0);
    expect((await jubkoo(["relations", "list", "--json"], elsewhere)).stdout).toBe(original);
  });
});
