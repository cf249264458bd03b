import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "../../tests/support/fixture-data.ts";
import { loadReferenceData } from "./load.ts";
import { formatProblem } from "./problem.ts";

describe("loading the reference data", () => {
  it("loads a valid dataset with no problems", () => {
    const { data, problems } = loadReferenceData(makeFixtureDataDir(), { reportLineCount: 11164 });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(data.localities.map((locality) => locality.id)).toContain("TH-50-chiang-mai-city");
    expect(data.relations.find((relation) => relation.id === "sister-chiang-mai-city-uozu")?.parties).toEqual([
      "TH-50-chiang-mai-city",
      "JP-16204",
    ]);
  });

  it("reports malformed YAML with its file and line", () => {
    const dir = makeFixtureDataDir();
    writeFileSync(join(dir, "relations", "broken.yaml"), "- id: x\n  parties: [TH-10, JP-40\n  type: mou\n");
    const { problems } = loadReferenceData(dir);
    const broken = problems.find((problem) => problem.file === "relations/broken.yaml");
    expect(broken?.message).toMatch(/malformed YAML/);
    expect(broken?.line).toBeGreaterThan(1);
  });

  it("reports every problem, each with file, record id, field and line", () => {
    const dir = makeFixtureDataDir();
    const file = join(dir, "relations", "relations.yaml");
    const text = readFileSync(file, "utf8")
      .replace("parties: [TH-10, JP-40]", "parties: [TH-10, JP-99]")
      .replace('start: "1989"', 'start: "1989-02-30"');
    writeFileSync(file, text);
    const { problems } = loadReferenceData(dir);
    const lines = problems.map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^relations\/relations\.yaml:\d+ \[sister-chiang-mai-city-uozu\] start: expected a real date/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^relations\/relations\.yaml:\d+ \[friendship-bangkok-fukuoka\] parties\.1: unknown locality or organisation "JP-99"/,
      ),
    );
  });

  it("rejects a duplicate id, an unknown issue and a report range past the end", () => {
    const dir = makeFixtureDataDir();
    const organisations = readFileSync(join(dir, "organisations", "organisations.yaml"), "utf8");
    appendFileSync(
      join(dir, "organisations", "organisations.yaml"),
      organisations +
        organisations.replace("org:th-moi", "org:th-moi-copy").replace("report:5817-5853", "report:20000-20010"),
    );
    const file = join(dir, "localities", "th", "TH-10.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("[disasters, water-resources]", "[disasters, floods-and-more]"),
    );
    const messages = loadReferenceData(dir, { reportLineCount: 11164 }).problems.map((problem) => problem.message);
    expect(messages).toContainEqual(expect.stringMatching(/^duplicate id/));
    expect(messages).toContain('unknown issue "floods-and-more"');
    expect(messages).toContainEqual(expect.stringMatching(/past the report's end \(11164 lines\)/));
  });

  it("requires a parent below province level and a file named after the id", () => {
    const dir = makeFixtureDataDir();
    const file = join(dir, "localities", "jp", "JP-16204.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("parent: JP-16", "parent: null"));
    writeFileSync(
      join(dir, "localities", "jp", "JP-99999.yaml"),
      readFileSync(join(dir, "localities", "jp", "JP-40.yaml"), "utf8").replace("id: JP-40", "id: JP-41"),
    );
    const lines = loadReferenceData(dir).problems.map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(/\[JP-16204\] parent: a locality below a province or prefecture needs its parent/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/\[JP-41\] id: file name should be JP-41\.yaml/));
  });

  it("accepts a designation held by a place inside the locality, and refuses one outside it", () => {
    const dir = makeFixtureDataDir();
    const holding = (by: string) => `designations:\n  - { id: jp-future-city, heldBy: [${by}], source: "gk:high" }\n`;
    appendFileSync(join(dir, "localities", "jp", "JP-16.yaml"), holding("JP-16204"));
    appendFileSync(join(dir, "localities", "jp", "JP-40.yaml"), holding("JP-16204"));
    const lines = loadReferenceData(dir).problems.map(formatProblem);
    expect(lines.filter((line) => line.includes("heldBy"))).toEqual([
      expect.stringMatching(/\[JP-40\] designations\.0\.heldBy\.0: JP-16204 is not a place inside JP-40/),
    ]);
  });
});
