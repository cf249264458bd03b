import type { Source } from "../domain/source.ts";
import type { RecordKind, ReferenceData } from "./reference-data.ts";

export type Reference = {
  kind: RecordKind;
  id: string;
  path: PropertyKey[];
  target: "issue" | "designation" | "party" | "source" | "date";
  value: string;
  source?: Source;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Walks one record and yields every id and source it names, with the path to it. */
function* walk(kind: RecordKind, id: string, node: unknown, path: PropertyKey[]): Generator<Reference> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* walk(kind, id, child, [...path, index]);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key];
    if (key === "source" && value !== undefined) {
      yield { kind, id, path: here, target: "source", value: String(value), source: value as Source };
    } else if (key === "sources" && Array.isArray(value)) {
      for (const [index, source] of value.entries()) {
        yield { kind, id, path: [...here, index], target: "source", value: String(source), source: source as Source };
      }
    } else if (key === "issues" && Array.isArray(value)) {
      for (const [index, issue] of value.entries()) {
        yield { kind, id, path: [...here, index], target: "issue", value: String(issue) };
      }
    } else if ((key === "parties" || key === "party" || key === "based_in") && kind !== "issues") {
      const parties = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
      for (const [index, party] of parties.entries()) {
        yield { kind, id, path: Array.isArray(value) ? [...here, index] : here, target: "party", value: String(party) };
      }
    } else {
      yield* walk(kind, id, value, here);
    }
  }
}

export function* collectReferences(data: ReferenceData): Generator<Reference> {
  for (const kind of Object.keys(data) as RecordKind[]) {
    for (const record of data[kind]) {
      yield* walk(kind, record.id, record, []);
    }
  }
  for (const locality of data.localities) {
    for (const [index, holding] of locality.designations.entries()) {
      yield {
        kind: "localities",
        id: locality.id,
        path: ["designations", index, "id"],
        target: "designation",
        value: holding.id,
      };
      for (const [place, holder] of (holding.heldBy ?? []).entries())
        yield {
          kind: "localities",
          id: locality.id,
          path: ["designations", index, "heldBy", place],
          target: "party",
          value: holder,
        };
    }
  }
}
