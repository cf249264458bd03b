import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createAuditRepository } from "../src/store/audit.repository.ts";
import { openDatabase } from "../src/store/database.ts";
import { makeFixtureDataDir } from "./support/fixture-data.ts";
import { jubkoo } from "./support/run-cli.ts";

describe("bin/jubkoo", () => {
  let env: Record<string, string>;
  let dataDir: string;
  beforeAll(() => {
    dataDir = makeFixtureDataDir();
    env = { JUBKOO_DATA_DIR: dataDir, JUBKOO_DB_DIR: join(mkdtempSync(join(tmpdir(), "jubkoo-db-")), "db") };
  });

  it("prints help for the program and for each command", async () => {
    const overview = await jubkoo(["--help"], env);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toMatch(/localities list/);
    const help = await jubkoo(["relations", "list", "--help"], env);
    expect(help.stdout).toMatch(/Usage: jubkoo relations list \[--type TYPE\]/);
  });

  it("checks data, seeds, and seeds again without changes", async () => {
    expect((await jubkoo(["data", "check"], env)).stdout).toMatch(/no problems/);
    const first = await jubkoo(["db", "seed"], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/localities\s+\+6 inserted/);
    const second = await jubkoo(["db", "seed"], env);
    expect(second.stdout).toMatch(/localities\s+\+0 inserted, ~0 updated, =6 unchanged/);
  });

  it("lists and shows localities in the chosen language, and as JSON", async () => {
    const list = await jubkoo(["localities", "list", "--country", "JP", "--lang", "ja"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/JP-16204\s+魚津市\s+市/);
    const json = await jubkoo(["localities", "list", "--tier", "province", "--json"], env);
    expect(JSON.parse(json.stdout).map((l: { id: string }) => l.id)).toEqual(["TH-50"]);
    const show = await jubkoo(["localities", "show", "TH-50-chiang-mai-city", "--lang", "th"], env);
    expect(show.stdout).toMatch(/เทศบาลนครเชียงใหม่ \(TH-50-chiang-mai-city\)/);
    expect(show.stdout).toMatch(/\[รายงานวิจัย “ความสัมพันธ์ไทย-ญี่ปุ่นในระดับท้องถิ่น.*บรรทัด 7628–7640\]/);
    expect(show.stdout).toMatch(/sister-chiang-mai-city-uozu/);
  });

  it("fails cleanly with exit code 2 on usage errors and unknown ids", async () => {
    const unknown = await jubkoo(["localities", "show", "TH-99"], env);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toMatch(/Not found: locality "TH-99"/);
    const badTier = await jubkoo(["localities", "list", "--tier", "metropolis"], env);
    expect(badTier.code).toBe(2);
    expect(badTier.stderr).toMatch(/--tier must be one of/);
    const badFlag = await jubkoo(["relations", "list", "--colour", "red"], env);
    expect(badFlag.code).toBe(2);
    expect((await jubkoo(["launch", "rockets"], env)).code).toBe(2);
  });

  it("filters relations, exports CSV and JSON", async () => {
    const relations = await jubkoo(["relations", "list", "--party", "JP-40", "--json"], env);
    expect(JSON.parse(relations.stdout).map((r: { id: string }) => r.id)).toEqual(["friendship-bangkok-fukuoka"]);
    const out = mkdtempSync(join(tmpdir(), "jubkoo-export-"));
    expect((await jubkoo(["export", "--format", "csv", out], env)).code).toBe(0);
    const csv = readFileSync(join(out, "relations.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^id,type,status,start/);
    expect(csv).toMatch(/friendship-bangkok-fukuoka,friendship,active,2006-02-08/);
    expect((await jubkoo(["export", "--format", "json", out], env)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "localities.json"), "utf8"))).toHaveLength(6);
    expect((await jubkoo(["export", "--format", "xml", out], env)).code).toBe(2);
  });

  const importsAudited = async () => {
    const database = await openDatabase({ pgliteDir: env.JUBKOO_DB_DIR });
    try {
      const recent = await createAuditRepository(database.db).recent({ limit: 100 });
      return recent.filter((entry) => entry.action === "data.import");
    } finally {
      await database.close();
    }
  };

  it("imports all or nothing", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "jubkoo-import-")), "rows.yaml");
    const row = (id: string, partner: string) =>
      `  - {id: ${id}, type: mou, parties: [TH-50, ${partner}], status: active, issues: [waste], sources: ["gk:low"], title: {th: บันทึก, en: Memo, ja: 覚書}}\n`;
    writeFileSync(file, `relations:\n${row("mou-ok", "JP-16")}${row("mou-bad", "JP-98")}`);
    const bad = await jubkoo(["import", file], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/rows\.yaml:3 \[mou-bad\] parties\.1: unknown locality or organisation "JP-98"/);
    expect(bad.stderr).toMatch(/nothing was written/);
    expect(JSON.parse((await jubkoo(["relations", "list", "--type", "mou", "--json"], env)).stdout)).toEqual([]);
    expect(await importsAudited()).toEqual([]);
    writeFileSync(file, `relations:\n${row("mou-ok", "JP-16")}`);
    expect((await jubkoo(["import", file], env)).code).toBe(0);
    expect(JSON.parse((await jubkoo(["relations", "list", "--type", "mou", "--json"], env)).stdout)).toHaveLength(1);
    // The shell's import is in the audit trail like any other write; the refused one is not.
    expect(await importsAudited()).toEqual([
      expect.objectContaining({
        action: "data.import",
        actorEmail: "cli",
        after: expect.objectContaining({ relations: 1 }),
      }),
    ]);
  });

  it("reports invalid reference data and leaves the database as it was", async () => {
    const broken = makeFixtureDataDir();
    writeFileSync(join(broken, "localities", "jp", "JP-40.yaml"), "id: JP-40\ncountry: JP\n  tier: [\n");
    writeFileSync(
      join(broken, "relations", "dup.yaml"),
      readFileSync(join(dataDir, "relations", "relations.yaml"), "utf8"),
    );
    const check = await jubkoo(["data", "check"], { ...env, JUBKOO_DATA_DIR: broken });
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/localities\/jp\/JP-40\.yaml:\d+ malformed YAML/);
    expect(check.stderr).toMatch(
      /relations\/(dup|relations)\.yaml:\d+ \[sister-chiang-mai-city-uozu\] id: duplicate id, also in relations\/(dup|relations)\.yaml/,
    );
    expect(check.stderr.match(/unknown locality or organisation "JP-40"/g)).toHaveLength(1);
    const seed = await jubkoo(["db", "seed"], { ...env, JUBKOO_DATA_DIR: broken });
    expect(seed.code).toBe(2);
    expect(JSON.parse((await jubkoo(["localities", "list", "--json"], env)).stdout)).toHaveLength(6);
  });
});
