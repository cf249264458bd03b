import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { Problem } from "./problem.ts";
import type { RecordLocation } from "./reference-data.ts";
import { validateRecords } from "./validate-records.ts";

/**
 * Records written by importers (data/generated/), never edited by hand. They are JSON arrays with
 * one record per line, so a dataset of thousands parses in milliseconds and a change shows as one
 * line in review; record i of a file is on line i + 2.
 */
export const GENERATED_DIR = "generated";

export type GeneratedRecord = { value: { id: string }; location: RecordLocation };

export const readGeneratedFolder = (
  dataDir: string,
  folder: string,
  schema: z.ZodType,
): { records: GeneratedRecord[]; problems: Problem[]; files: number } => {
  const dir = join(dataDir, GENERATED_DIR, folder);
  const records: GeneratedRecord[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { records, problems, files: 0 };
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  for (const name of names) {
    const file = `${GENERATED_DIR}/${folder}/${name}`;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      problems.push({ file, message: `malformed JSON: ${(error as Error).message}` });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({ file, line: 1, message: "expected a JSON array of records" });
      continue;
    }
    const lineOf = (path: readonly PropertyKey[]) => (typeof path[0] === "number" ? path[0] + 2 : 1);
    const result = validateRecords({ file, value, lineOf }, schema, "list");
    records.push(...result.records);
    problems.push(...result.problems);
  }
  return { records, problems, files: names.length };
};

/** Writes records the way readGeneratedFolder expects them: one per line, in the order given. */
export const formatGeneratedFile = (records: readonly unknown[]): string =>
  `[\n${records.map((record) => JSON.stringify(record)).join(",\n")}\n]\n`;
