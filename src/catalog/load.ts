import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkIntegrity } from "./integrity.ts";
import type { Problem } from "./problem.ts";
import { FOLDERS } from "./record-schemas.ts";
import { emptyReferenceData, type RecordKind, type RecordLocation, type ReferenceData } from "./reference-data.ts";
import { checkTags } from "./tag-check.ts";
import { checkReferenceOnly } from "./reference-only.ts";
import { validateRecords } from "./validate-records.ts";
import { isProblem, parseYamlFile } from "./yaml-file.ts";

export type LoadResult = {
  data: ReferenceData;
  problems: Problem[];
  locations: Map<string, RecordLocation>;
  files: number;
};

export type LoadOptions = { reportLineCount?: number };

const yamlFilesUnder = (dir: string): string[] => {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
};

export const locationKey = (kind: RecordKind, id: string): string => `${kind}:${id}`;

/** Reads data/, validates every record and checks integrity; collects every problem. */
export const loadReferenceData = (dataDir: string, options: LoadOptions = {}): LoadResult => {
  const data = emptyReferenceData();
  const problems: Problem[] = [];
  const locations = new Map<string, RecordLocation>();
  let files = 0;
  for (const { folder, kind, schema, perFile } of FOLDERS) {
    for (const path of yamlFilesUnder(join(dataDir, folder))) {
      files++;
      const file = relative(dataDir, path);
      const yaml = parseYamlFile(file, readFileSync(path, "utf8"));
      if (isProblem(yaml)) {
        problems.push(yaml);
        continue;
      }
      const result = validateRecords(yaml, schema, perFile);
      problems.push(...result.problems);
      for (const record of result.records) {
        const key = locationKey(kind, record.value.id);
        if (locations.has(key)) {
          problems.push({
            file,
            line: record.location.lineOf(["id"]),
            id: record.value.id,
            field: "id",
            message: `duplicate id, also in ${locations.get(key)?.file}`,
          });
        } else {
          // Only the first record with an id enters the data, so its problems are reported once.
          (data[kind] as Array<{ id: string }>).push(record.value);
          locations.set(key, record.location);
        }
      }
    }
  }
  problems.push(...checkIntegrity(data, locations, options), ...checkReferenceOnly(data, locations));
  // Tags and kinds are checked only on data that is otherwise sound, so one mistake is not reported twice.
  if (problems.length === 0) problems.push(...checkTags(data, locations));
  return { data, problems, locations, files };
};
