import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { importUserFile } from "../../src/services/import.service.ts";
import { openStore } from "../../src/services/open-store.ts";
import { DatabaseDamaged } from "../../src/store/embedded/database-damaged.ts";
import { makeFixtureDataDir } from "../support/fixture-data.ts";
import { jubkoo } from "../support/run-cli.ts";
import { userRelationsFile } from "./support/folder-state.ts";
import { spawnServer } from "./support/server-process.ts";

type Damage = { name: string; cause: RegExp; damage: (dir: string, files: Record<string, string>) => void };

const garbage = (path: string, size = statSync(path).size) =>
  writeFileSync(path, Buffer.from(Array.from({ length: size }, (_, index) => (index * 7919 + 13) % 256)));

/** Thirteen kinds of damage to a folder holding user records (issue 9, point 2). */
const DAMAGE: Damage[] = [
  {
    name: "PG_VERSION deleted",
    cause: /holds no database \(PG_VERSION is missing\)/,
    damage: (dir) => rmSync(join(dir, "PG_VERSION")),
  },
  {
    name: "pg_control deleted",
    cause: /global\/pg_control is missing/,
    damage: (dir) => rmSync(join(dir, "global", "pg_control")),
  },
  {
    name: "pg_control garbage",
    cause: /could not be read as a database/,
    damage: (dir) => garbage(join(dir, "global", "pg_control")),
  },
  {
    name: "pg_control truncated",
    cause: /pg_control has 100 bytes/,
    damage: (dir) => truncateSync(join(dir, "global", "pg_control"), 100),
  },
  {
    name: "WAL deleted",
    cause: /write-ahead log \(pg_wal\) is missing/,
    damage: (dir) => {
      for (const f of walSegments(dir)) rmSync(f);
    },
  },
  {
    name: "WAL garbage",
    cause: /could not be read as a database/,
    damage: (dir) => {
      for (const f of walSegments(dir)) garbage(f);
    },
  },
  {
    name: "WAL truncated",
    cause: /segment in pg_wal is cut short/,
    damage: (dir) => {
      for (const f of walSegments(dir)) truncateSync(f, 1000);
    },
  },
  {
    name: "table file deleted",
    cause: /could not open file "base\/\d+\/\d+"/,
    damage: (dir, files) => rmSync(join(dir, files.relations ?? "")),
  },
  {
    name: "table file truncated",
    cause: /base\/\d+\/\d+ is cut short \(5000 bytes/,
    damage: (dir, files) => truncateSync(join(dir, files.relations ?? ""), 5000),
  },
  {
    name: "table file garbage",
    cause: /invalid page in block 0/,
    damage: (dir, files) => garbage(join(dir, files.relations ?? "")),
  },
  {
    name: "index file garbage",
    cause: /invalid page in block 0/,
    damage: (dir, files) => garbage(join(dir, files.relations_pkey ?? "")),
  },
  {
    name: "the path is a file",
    cause: /the path is a file/,
    damage: (dir) => {
      rmSync(dir, { recursive: true });
      writeFileSync(dir, "notes");
    },
  },
  {
    name: "a folder of other files",
    cause: /not empty and holds no database/,
    damage: (dir) => {
      rmSync(dir, { recursive: true });
      mkdirSync(dir);
      writeFileSync(join(dir, "notes.txt"), "x");
    },
  },
];

const walSegments = (dir: string) =>
  readdirSync(join(dir, "pg_wal"))
    .filter((name) => /^[0-9A-F]{24}$/.test(name))
    .map((name) => join(dir, "pg_wal", name));

describe("a damaged database folder is refused, never re-created", () => {
  let pristine: string;
  let dataDir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    pristine = join(mkdtempSync(join(tmpdir(), "jubkoo-damage-")), "db");
    dataDir = makeFixtureDataDir();
    const store = await openStore(
      { ...loadConfig({}), dataDir, pgliteDir: pristine, databaseUrl: undefined },
      { seedIfEmpty: true },
    );
    await importUserFile(store.repos, "user.json", userRelationsFile("mou-user", 3));
    for (const name of ["relations", "relations_pkey"]) {
      const result = (await store.database.db.execute(
        sql.raw(`select pg_relation_filepath('${name}') as path`),
      )) as unknown as { rows: Array<{ path: string }> };
      files[name] = result.rows[0]?.path ?? "";
    }
    await store.database.close();
  });

  const damaged = (damage: Damage): string => {
    const dir = join(mkdtempSync(join(tmpdir(), "jubkoo-damaged-")), "db");
    cpSync(pristine, dir, { recursive: true });
    damage.damage(dir, files);
    return dir;
  };

  it.each(DAMAGE)("$name: one plain message naming the folder and the cause", async (damage) => {
    const dir = damaged(damage);
    const config = { ...loadConfig({}), dataDir, pgliteDir: dir, databaseUrl: undefined };
    const error = await openStore(config, { seedIfEmpty: true }).then(
      async (store) => {
        await store.database.close();
        return undefined;
      },
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(DatabaseDamaged);
    const message = (error as Error).message;
    expect(message).toContain(dir);
    expect(message).toMatch(damage.cause);
    expect(message).toMatch(/Restore a backup/);
    expect(message).not.toMatch(/Aborted\(\)|ASSERTIONS|\[object Object\]/);
    // No fresh database was made in its place.
    if (existsSync(join(dir, "notes.txt"))) expect(readdirSync(dir)).toEqual(["notes.txt"]);
    if (damage.name === "PG_VERSION deleted") expect(existsSync(join(dir, "PG_VERSION"))).toBe(false);
  });

  it("the CLI exits 1 with the message and advice, without a stack", async () => {
    const dir = damaged(DAMAGE[0] as Damage);
    const result = await jubkoo(["relations", "list"], { JUBKOO_DATA_DIR: dataDir, JUBKOO_DB_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot be used: the folder is not empty and holds no database/);
    expect(existsSync(join(dir, "PG_VERSION"))).toBe(false);
  });

  it("npm start exits 1 with the message and advice, without a stack", async () => {
    const dir = damaged(DAMAGE.find((damage) => damage.name === "WAL garbage") as Damage);
    const server = await spawnServer({ JUBKOO_DATA_DIR: dataDir, JUBKOO_DB_DIR: dir });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(
      /Jubkoo did not start: the embedded database at .* cannot be used: .*Restore a backup/,
    );
    expect(server.output()).not.toMatch(/Aborted\(\)|\n\s+at /);
  });
});
