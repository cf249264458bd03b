import type { z } from "zod";
import { isMessageKey, t } from "../i18n/index.ts";
import type { Problem } from "./problem.ts";
import type { RecordLocation } from "./reference-data.ts";
import type { YamlFile } from "./yaml-file.ts";

export type ValidRecord = { value: { id: string }; location: RecordLocation };

const recordId = (raw: unknown): string | undefined =>
  raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string" ? raw.id : undefined;

const fieldPath = (path: readonly PropertyKey[]): string => path.map(String).join(".");

/** Validates every record of a file and reports every problem, not only the first. */
export const validateRecords = (
  yaml: YamlFile,
  schema: z.ZodType,
  perFile: "one" | "list",
): { records: ValidRecord[]; problems: Problem[] } => {
  const problems: Problem[] = [];
  const records: ValidRecord[] = [];
  const location = (prefix: PropertyKey[]): RecordLocation => ({
    file: yaml.file,
    lineOf: (path) => yaml.lineOf([...prefix, ...path]),
  });
  const entries: Array<{ raw: unknown; prefix: PropertyKey[] }> =
    perFile === "one"
      ? [{ raw: yaml.value, prefix: [] }]
      : Array.isArray(yaml.value)
        ? yaml.value.map((raw, index) => ({ raw, prefix: [index] }))
        : [];
  if (perFile === "list" && !Array.isArray(yaml.value) && yaml.value !== null && yaml.value !== undefined) {
    problems.push({ file: yaml.file, line: 1, message: "expected a YAML list of records" });
  }
  for (const { raw, prefix } of entries) {
    const id = recordId(raw);
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      records.push({ value: parsed.data as { id: string }, location: location(prefix) });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const path = issue.path as PropertyKey[];
      const line = yaml.lineOf([...prefix, ...path]);
      problems.push({
        file: yaml.file,
        ...(line === undefined ? {} : { line }),
        ...(id ? { id } : {}),
        ...(path.length ? { field: fieldPath(path) } : {}),
        message: isMessageKey(issue.message) ? t("en", issue.message) : issue.message,
      });
    }
  }
  return { records, problems };
};
