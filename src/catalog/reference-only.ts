import { normaliseSource } from "../domain/source.ts";
import { LANGS } from "../domain/text.ts";
import type { Problem } from "./problem.ts";
import type { RecordKind, RecordLocation, ReferenceData } from "./reference-data.ts";
import { collectReferences } from "./references.ts";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every `text` object in a record, with its path: facts, needs, activities, outcomes. */
function* texts(node: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; text: Record<string, unknown> }> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* texts(child, [...path, index]);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "text" && isObject(value)) yield { path: [...path, key], text: value };
    else yield* texts(value, [...path, key]);
  }
}

/**
 * The schemas accept what users enter in the workspace (a text in one language, a self-reported
 * source). Reference data is held to more: every text in th, en and ja, and every source the
 * report, a dataset or general knowledge.
 */
export const checkReferenceOnly = (data: ReferenceData, locations: ReadonlyMap<string, RecordLocation>): Problem[] => {
  const problems: Problem[] = [];
  const report = (kind: RecordKind, id: string, path: PropertyKey[], message: string) => {
    const location = locations.get(`${kind}:${id}`);
    const line = location?.lineOf(path);
    problems.push({
      file: location?.file ?? "?",
      ...(line === undefined ? {} : { line }),
      id,
      field: path.map(String).join("."),
      message,
    });
  };
  for (const kind of Object.keys(data) as RecordKind[]) {
    for (const record of data[kind]) {
      for (const { path, text } of texts(record, [])) {
        const missing = LANGS.filter((lang) => typeof text[lang] !== "string");
        if (missing.length > 0) report(kind, record.id, path, `reference text needs ${missing.join(", ")} too`);
      }
    }
  }
  for (const reference of collectReferences(data)) {
    if (reference.target !== "source" || reference.source === undefined) continue;
    const kind = normaliseSource(reference.source).parsed.kind;
    if (kind === "self-reported" || kind === "document")
      report(
        reference.kind,
        reference.id,
        reference.path,
        "reference data cites the report, a dataset or general knowledge",
      );
  }
  return problems;
};
