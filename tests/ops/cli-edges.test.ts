import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../src/config.ts";
import { makeFixtureDataDir } from "../support/fixture-data.ts";
import { jubkoo } from "../support/run-cli.ts";

/** Issue 9, point 14 (and the CLI side of point 8): every mistake gets a plain message, no stack. */
describe("bin/jubkoo at its edges", () => {
  let env: Record<string, string>;
  let scratch: string;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "jubkoo-edges-"));
    env = { JUBKOO_DATA_DIR: makeFixtureDataDir(), JUBKOO_DB_DIR: join(scratch, "db") };
    expect((await jubkoo(["db", "seed"], env)).code).toBe(0);
  });

  const expectPlainUsageError = (result: { code: number; stderr: string }, message: RegExp) => {
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at |ENOENT|EISDIR/);
  };

  it("says a batch file is missing, and that an import path is a directory, with exit code 2", async () => {
    expectPlainUsageError(
      await jubkoo(["match", "--batch", join(scratch, "absent.jsonl"), "--json"], env),
      /no such file: .*absent\.jsonl/,
    );
    expectPlainUsageError(await jubkoo(["import", scratch], env), /is a directory; give a file/);
    expectPlainUsageError(await jubkoo(["match", "--batch", scratch, "--json"], env), /is a directory/);
  });

  it("says what is wrong with a negative --limit", async () => {
    expectPlainUsageError(
      await jubkoo(["match", "--from", "TH-10", "--limit", "-5"], env),
      /--limit must be a whole number from 1 to 200 \(got "-5"\)/,
    );
  });

  it("treats tier names that are Object.prototype keys as unknown tiers", async () => {
    expectPlainUsageError(await jubkoo(["match", "--from", "TH-10", "--tier", "constructor"], env), /--tier must be/);
  });

  it("names the file of a YAML alias bomb and writes nothing", async () => {
    const rows = Array.from({ length: 8 }, (_, level) => {
      const previous = level === 0 ? '"lol"' : `*l${level - 1}`;
      return `l${level}: &l${level} [${Array(9).fill(previous).join(", ")}]`;
    });
    const file = join(scratch, "bomb.yaml");
    writeFileSync(file, `${rows.join("\n")}\n`);
    const result = await jubkoo(["import", file], env);
    expectPlainUsageError(result, /bomb\.yaml malformed YAML: .*alias/);
    expect(result.stderr).toMatch(/nothing was written/);
  });

  it("keeps the data folder readable and writable by its owner only (point 4)", () => {
    const loose: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        const mode = statSync(path).mode & 0o777;
        if (entry.isDirectory()) {
          if (mode !== 0o700) loose.push(`${path} ${mode.toString(8)}`);
          walk(path);
        } else if (mode & 0o077) loose.push(`${path} ${mode.toString(8)}`);
      }
    };
    expect(statSync(env.JUBKOO_DB_DIR ?? "").mode & 0o777).toBe(0o700);
    walk(env.JUBKOO_DB_DIR ?? "");
    expect(loose).toEqual([]);
  });

  it("exits quietly when the reader closes the pipe early", async () => {
    const child = spawn(join(ROOT, "bin", "jubkoo"), ["localities", "list", "--json"], {
      env: { ...process.env, DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The reader goes away before the first byte, as `| head -c 0` would.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
