import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "./support/fixture-data.ts";
import { jubkoo } from "./support/run-cli.ts";

describe("bin/jubkoo match and pair", () => {
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "jubkoo-match-"));
    env = { JUBKOO_DATA_DIR: makeFixtureDataDir(), JUBKOO_DB_DIR: join(dir, "db") };
    await jubkoo(["db", "seed"], env);
  });

  it("answers the batch contract, one JSON line per query, in order", async () => {
    const file = join(dir, "queries.jsonl");
    writeFileSync(file, `{"from": "TH-10", "issue": "การจัดการขยะ", "limit": 2}\n\n{"from": "JP-16204"}\n`);
    const { code, stdout } = await jubkoo(["match", "--batch", file, "--json"], env);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.from)).toEqual(["TH-10", "JP-16204"]);
    expect(lines[0]).toMatchObject({ issue: "การจัดการขยะ", understood: ["waste"] });
    expect(lines[0].results).toHaveLength(2);
    expect(lines[1].results.every((result: { id: string }) => result.id.startsWith("TH-"))).toBe(true);
    const [first] = lines[1].results;
    expect(first).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        score: expect.any(Number),
        criteria: expect.any(Object),
        reasons: expect.any(Array),
        flags: expect.any(Array),
      }),
    );
    expect(first.reasons[0]).toEqual(
      expect.objectContaining({
        en: expect.any(String),
        th: expect.any(String),
        ja: expect.any(String),
        sources: expect.any(Array),
      }),
    );
  });

  it("validates every batch line before answering any", async () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, `{"from": "TH-10"}\n{"from": "TH-99"}\n{"from": "TH-10", "limit": 0}\nnot json\n`);
    const { code, stdout, stderr } = await jubkoo(["match", "--batch", file, "--json"], env);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/bad\.jsonl:2: unknown locality "TH-99"/);
    expect(stderr).toMatch(/bad\.jsonl:3: limit/);
    expect(stderr).toMatch(/bad\.jsonl:4: not valid JSON/);
  });

  it("explains partners in the chosen language and says what it understood", async () => {
    const { code, stdout } = await jubkoo(
      ["match", "--from", "TH-50-chiang-mai-city", "--issue", "交流", "--lang", "ja", "--limit", "1"],
      env,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/読み取った分野：青少年・市民交流 \(youth-exchange\)/);
    expect(stdout).toMatch(/1\. 魚津市 \(JP-16204\)/);
    // The relation by its title and the status by its label, never their codes.
    expect(stdout).toMatch(/既に関係あり（チェンマイ市・魚津市姉妹都市、活動中）/);
    expect(stdout).not.toMatch(/sister-chiang-mai-city-uozu/);
  });

  // Eight CLI processes start one after another, each loading the data: on a busy 2-core CI
  // machine that has taken 30 s, so this test gets more time than the others.
  it("refuses bad input with exit code 2 and no output", { timeout: 120_000 }, async () => {
    for (const args of [
      ["match", "--from", "TH-99"],
      ["match", "--from", "TH-10", "--weights", "issueFit=2"],
      ["match", "--from", "TH-10", "--weights", "colour=1"],
      ["match", "--issue", ""],
      ["match", "--issue", "qqqq zzzz"],
      ["match", "--from", "TH-10", "--limit", "0"],
      ["pair", "TH-10", "TH-50"],
      ["pair", "TH-10"],
    ]) {
      const result = await jubkoo(args, env);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stdout, args.join(" ")).toBe("");
    }
  });

  it("evaluates a pair with what each side gains", async () => {
    const { code, stdout } = await jubkoo(["pair", "TH-10", "JP-40", "--json"], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      a: "TH-10",
      b: "JP-40",
      gains: { a: expect.any(Array), b: expect.any(Array) },
    });
  });

  it("prints the data report", async () => {
    const { code, stdout } = await jubkoo(["data", "report", "--json"], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts).toMatchObject({ localities: 6, relations: 2 });
  });
});
