import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "../support/fixture-data.ts";
import { jubkoo } from "../support/run-cli.ts";
import { folderState, userRelationsFile } from "./support/folder-state.ts";
import { startServer, stopServer } from "./support/server-process.ts";

const HOLDER = /\(pid (\d+), since [\d-]+ [\d:]+\) is using /;

/** Issue 9, point 1: one writer per embedded database, with a refusal that names the holder. */
describe("the embedded database has one writer", () => {
  const setup = () => {
    const scratch = mkdtempSync(join(tmpdir(), "jubkoo-writer-"));
    return { scratch, env: { JUBKOO_DATA_DIR: makeFixtureDataDir(), JUBKOO_DB_DIR: join(scratch, "db") } };
  };

  it("lets concurrent imports run one at a time or refuses them by name; nothing is lost or half-written", async () => {
    const { scratch, env } = setup();
    expect((await jubkoo(["db", "seed"], env)).code).toBe(0);
    const files = ["a", "b", "c"].map((prefix) => {
      const file = join(scratch, `${prefix}.json`);
      writeFileSync(file, userRelationsFile(`mou-${prefix}`, 300));
      return { prefix, file };
    });
    const results = await Promise.all(files.map(({ file }) => jubkoo(["import", file], env)));
    for (const result of results) {
      expect([0, 1]).toContain(result.code);
      if (result.code === 1) expect(result.stderr).toMatch(/jubkoo import \(pid \d+, since .*\) is using .*db/);
    }
    expect(results.some((result) => result.code === 0)).toBe(true);
    const state = await folderState(env.JUBKOO_DB_DIR);
    expect(state.problems).toEqual([]);
    for (const [index, { prefix }] of files.entries()) {
      const landed = state.relationIds.filter((id) => id.startsWith(`mou-${prefix}-`)).length;
      expect(landed, prefix).toBe(results[index]?.code === 0 ? 300 : 0);
    }
  });

  it("refuses an import while the server runs, naming the server and the admin import", async () => {
    const { scratch, env } = setup();
    const server = await startServer(env);
    try {
      const before = await (await fetch(`${server.url}/api/health`)).json();
      const file = join(scratch, "during.json");
      writeFileSync(file, userRelationsFile("mou-during", 5));
      const refused = await jubkoo(["import", file], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(HOLDER);
      expect(refused.stderr).toContain(`the server (pid ${server.child.pid},`);
      expect(refused.stderr).toMatch(/admin import/);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual(before);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
    const state = await folderState(env.JUBKOO_DB_DIR);
    expect(state.problems).toEqual([]);
    expect(state.relationIds.filter((id) => id.startsWith("mou-during"))).toEqual([]);
  });

  it("refuses a second server on the same folder before it touches the data", async () => {
    const { env } = setup();
    const first = await startServer(env);
    let runsWhileServing: string[] = [];
    try {
      const second = await startServer(env).catch((error: Error) => error);
      expect(second).toBeInstanceOf(Error);
      const message = (second as Error).message;
      expect(message).toContain(`Jubkoo did not start: the server (pid ${first.child.pid},`);
      expect(message).not.toMatch(/EADDRINUSE|\n\s+at /);
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    } finally {
      expect(await stopServer(first)).toBe(0);
    }
    runsWhileServing = (await folderState(env.JUBKOO_DB_DIR)).runs;
    // One seed: the first start's. The refused start wrote nothing.
    expect(runsWhileServing).toEqual(["seed"]);
  });

  it("frees the folder when its holder is killed with SIGKILL", async () => {
    const { env } = setup();
    const server = await startServer(env);
    server.child.kill("SIGKILL");
    await server.exited;
    const list = await jubkoo(["localities", "list", "--json"], env);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(6);
    expect((await folderState(env.JUBKOO_DB_DIR)).problems).toEqual([]);
  });

  it("seeds an empty folder from two commands at once without losing a run", async () => {
    const { env } = setup();
    const results = await Promise.all([jubkoo(["db", "seed"], env), jubkoo(["db", "seed"], env)]);
    for (const result of results) {
      expect([0, 1]).toContain(result.code);
      if (result.code === 1) expect(result.stderr).toMatch(/jubkoo db seed \(pid \d+/);
    }
    const state = await folderState(env.JUBKOO_DB_DIR);
    expect(state.problems).toEqual([]);
    expect(state.localities).toBe(6);
    expect(state.runs).toEqual(results.filter((result) => result.code === 0).map(() => "seed"));
  });
});
