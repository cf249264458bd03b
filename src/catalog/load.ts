import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Locality } from "../domain/locality.ts";
import { LocalitySchema } from "../domain/locality.ts";
import { type Place, PlaceSchema } from "../domain/place.ts";
import { checkCitations } from "./citation-check.ts";
import { readGeneratedFolder } from "./generated-layer.ts";
import { checkIntegrity } from "./integrity.ts";
import { mergeCurated } from "./merge-curated.ts";
import { checkPlaces } from "./place-integrity.ts";
import type { Problem } from "./problem.ts";
import { FOLDERS } from "./record-schemas.ts";
import { emptyReferenceData, type RecordKind, type RecordLocation, type ReferenceData } from "./reference-data.ts";
import { checkReferenceOnly } from "./reference-only.ts";
import { checkTags } from "./tag-check.ts";
import { validateRecords } from "./validate-records.ts";
import { isProblem, parseYamlFile } from "./yaml-file.ts";

export type LoadResult = {
  data: ReferenceData;
  /** Gazetteer places (data/generated/places): not partners, so not part of the matching data. */
  places: Place[];
  problems: Problem[];
  /** What facts say against what they cite, and Western years in Thai text (citation-check.ts). */
  warnings: Problem[];
  locations: Map<string, RecordLocation>;
  files: number;
};

export type LoadOptions = { reportLineCount?: number; reportLines?: readonly string[] };

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

/**
 * Reads data/, validates every record and checks integrity; collects every problem. Generated
 * localities (data/generated/localities) come first; a curated file with the same id is merged over
 * its generated record, the curated fields winning (merge-curated.ts).
 */
export const loadReferenceData = (dataDir: string, options: LoadOptions = {}): LoadResult => {
  const data = emptyReferenceData();
  const problems: Problem[] = [];
  const locations = new Map<string, RecordLocation>();
  const generatedLocalities = readGeneratedFolder(dataDir, "localities", LocalitySchema);
  const generatedPlaces = readGeneratedFolder(dataDir, "places", PlaceSchema);
  problems.push(...generatedLocalities.problems, ...generatedPlaces.problems);
  const generated = new Map<string, Locality>();
  for (const record of generatedLocalities.records) {
    if (generated.has(record.value.id)) {
      problems.push({
        file: record.location.file,
        id: record.value.id,
        field: "id",
        message: "duplicate generated id",
      });
    } else generated.set(record.value.id, record.value as Locality);
  }
  let files = generatedLocalities.files + generatedPlaces.files;
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
          const base = kind === "localities" ? generated.get(record.value.id) : undefined;
          const curatedKeys = new Set(Object.keys((yaml.value ?? {}) as object));
          const value = base ? mergeCurated(base, record.value as Locality, curatedKeys) : record.value;
          generated.delete(record.value.id);
          (data[kind] as Array<{ id: string }>).push(value);
          locations.set(key, record.location);
        }
      }
    }
  }
  for (const record of generatedLocalities.records) {
    if (!generated.has(record.value.id)) continue;
    data.localities.push(record.value as Locality);
    locations.set(locationKey("localities", record.value.id), record.location);
  }
  const places = generatedPlaces.records.map((record) => record.value as Place);
  problems.push(...checkIntegrity(data, locations, options), ...checkReferenceOnly(data, locations));
  problems.push(...checkPlaces(places, generatedPlaces.records, data, locations));
  // Tags and kinds are checked only on data that is otherwise sound, so one mistake is not reported twice.
  if (problems.length === 0) problems.push(...checkTags(data, locations));
  const warnings = checkCitations(data, locations, options.reportLines);
  return { data, places, problems, warnings, locations, files };
};
