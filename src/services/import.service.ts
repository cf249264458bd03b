import { parseDataFile } from "../catalog/data-file.ts";
import { checkIntegrity } from "../catalog/integrity.ts";
import type { Problem } from "../catalog/problem.ts";
import { FOLDERS } from "../catalog/record-schemas.ts";
import type { RecordKind, RecordLocation, ReferenceData } from "../catalog/reference-data.ts";
import { validateRecords } from "../catalog/validate-records.ts";
import { isProblem } from "../catalog/yaml-file.ts";
import type { Repositories } from "../store/repositories.ts";
import { ValidationFailed } from "./errors.ts";
import { readReferenceData } from "./reference-data.service.ts";

const IMPORTABLE = ["localities", "organisations", "relations", "needsOffers"] as const;
type ImportableKind = (typeof IMPORTABLE)[number];
export type ImportSummary = Record<ImportableKind, number>;

const mergeById = <T extends { id: string }>(existing: T[], incoming: T[]): T[] => {
  const replaced = new Set(incoming.map((record) => record.id));
  return [...existing.filter((record) => !replaced.has(record.id)), ...incoming];
};

/**
 * Imports a YAML or JSON file of user records: `{localities: [...], relations: [...], ...}`.
 * Validates the whole file, including every id it names against the database, before writing;
 * one bad record means nothing is written.
 */
export const importUserFile = async (
  repos: Repositories,
  file: string,
  text: string,
  /** Runs inside the import's transaction, so its record (an audit entry) is written with the data or not at all. */
  alongside?: (locked: Repositories, summary: ImportSummary) => Promise<unknown>,
): Promise<ImportSummary> => {
  const yaml = parseDataFile(file, text);
  if (isProblem(yaml)) throw new ValidationFailed([yaml]);
  const root = yaml.value;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    throw new ValidationFailed([{ file, line: 1, message: `expected an object with lists: ${IMPORTABLE.join(", ")}` }]);
  }
  const problems: Problem[] = [];
  const unknownKeys = Object.keys(root).filter((key) => !(IMPORTABLE as readonly string[]).includes(key));
  for (const key of unknownKeys)
    problems.push({
      file,
      line: yaml.lineOf([key]),
      field: key,
      message: `unknown list "${key}"; expected ${IMPORTABLE.join(", ")}`,
    });

  const incoming: Pick<ReferenceData, ImportableKind> = {
    localities: [],
    organisations: [],
    relations: [],
    needsOffers: [],
  };
  const locations = new Map<string, RecordLocation>();
  for (const kind of IMPORTABLE) {
    const list = (root as Record<string, unknown>)[kind];
    if (list === undefined) continue;
    const folder = FOLDERS.find((entry) => entry.kind === kind);
    if (!folder) continue;
    const scoped = { ...yaml, value: list, lineOf: (path: readonly PropertyKey[]) => yaml.lineOf([kind, ...path]) };
    const result = validateRecords(scoped, folder.schema, "list");
    problems.push(...result.problems);
    for (const record of result.records) {
      (incoming[kind] as Array<{ id: string }>).push(record.value);
      locations.set(`${kind}:${record.value.id}`, record.location);
    }
  }
  // Validated against the database and written in one locked transaction: a concurrent seed or
  // import cannot remove what this file refers to between the check and the write.
  return repos.exclusive(async (locked) => {
    const existing = await readReferenceData(locked);
    const merged: ReferenceData = {
      ...existing,
      localities: mergeById(existing.localities, incoming.localities),
      organisations: mergeById(existing.organisations, incoming.organisations),
      relations: mergeById(existing.relations, incoming.relations),
      needsOffers: mergeById(existing.needsOffers, incoming.needsOffers),
    };
    const fromFile = (problem: Problem) => problem.file === file;
    problems.push(
      ...checkIntegrity(merged, locations as Map<`${RecordKind}:${string}`, RecordLocation>, {}).filter(fromFile),
    );
    if (problems.length > 0)
      throw new ValidationFailed(problems, `${file}: ${problems.length} problem(s); nothing was written`);
    const summary = await locked.reference.writeUser(incoming);
    await alongside?.(locked, summary);
    return summary;
  });
};
