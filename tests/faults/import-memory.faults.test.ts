import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ROOT } from "../../src/config.ts";
import { makeFixtureDataDir } from "../support/fixture-data.ts";
import { jubkoo } from "../support/run-cli.ts";

const run = promisify(execFile);
const MB = 1024 * 1024;

/** About `megabytes` of relation records, as an operator's import file would hold them. */
const relations = (megabytes: number) => {
  const records = [];
  for (let size = 0, index = 0; size < megabytes * MB; index++) {
    const record = {
      id: `mou-bulk-${index}`,
      type: "mou",
      parties: ["TH-50", "JP-16"],
      status: "active",
      issues: ["waste", "tourism"],
      sources: ["gk:low"],
      title: {
        th: `บันทึกความเข้าใจฉบับที่ ${index} ว่าด้วยการจัดการขยะ`,
        en: `Memorandum ${index} on waste management and tourism exchange`,
        ja: `廃棄物管理と観光交流に関する覚書 ${index}`,
      },
      start: "2024-05",
    };
    records.push(record);
    size += Buffer.byteLength(JSON.stringify(record, null, 1)) + 20;
  }
  return records;
};

/** The CLI run in a child that reports its own peak memory (resident set) when it ends. */
const peakOf = async (args: string[], env: Record<string, string>): Promise<number> => {
  const script = `const { main } = await import(${JSON.stringify(join(ROOT, "src", "cli", "main.ts"))});
    const code = await main(${JSON.stringify(args)});
    process.stderr.write("maxrss=" + process.resourceUsage().maxRSS + "\\n");
    process.exit(code);`;
  const { DATABASE_URL: _server, ...inherited } = process.env;
  const { stderr } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    env: { ...inherited, ...env },
    cwd: ROOT,
    maxBuffer: 64 * MB,
  });
  return Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? Number.NaN) * 1024;
};

/** Issue 9, point 13: a 10 MB import costs well under 300 MB beyond what opening the database costs. */
describe("import memory", () => {
  let scratch: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "jubkoo-memory-"));
    env = { JUBKOO_DATA_DIR: makeFixtureDataDir(), JUBKOO_DB_DIR: join(scratch, "db") };
    expect((await jubkoo(["db", "seed"], env)).code).toBe(0);
  });

  it.each(["json", "yaml"])("imports a 10 MB %s file within 300 MB of the process's baseline", async (format) => {
    const file = join(scratch, `bulk.${format}`);
    const records = relations(format === "json" ? 7 : 7.5);
    writeFileSync(
      file,
      format === "json" ? JSON.stringify({ relations: records }, null, 1) : stringify({ relations: records }),
    );
    const baseline = await peakOf(["localities", "list", "--json"], env);
    const importing = await peakOf(["import", file], env);
    expect(importing - baseline).toBeLessThan(300 * MB);
    const listed = await jubkoo(["relations", "list", "--type", "mou", "--json"], env);
    expect(JSON.parse(listed.stdout).length).toBeGreaterThanOrEqual(records.length);
  });
});
