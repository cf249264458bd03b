import type { Locality } from "../domain/locality.ts";
import { normaliseSource } from "../domain/source.ts";
import type { ReferenceData } from "./reference-data.ts";
import { collectReferences } from "./references.ts";

export type Completeness = { field: string; filled: number; total: number };

const FIELD_CHECKS: Array<[string, (locality: Locality) => boolean]> = [
  ["names th/en/ja", (l) => Boolean(l.names.th && l.names.en && l.names.ja)],
  ["population", (l) => l.population !== undefined],
  ["area", (l) => l.area_km2 !== undefined],
  ["centroid", (l) => l.centroid !== undefined],
  ["geography", (l) => l.geography.length > 0],
  ["industries ≥ 5", (l) => l.industries.length >= 5],
  ["strengths ≥ 3", (l) => l.strengths.length >= 3],
  ["challenges ≥ 3", (l) => l.challenges.length >= 3],
  ["designations", (l) => l.designations.length > 0],
  ["access", (l) => l.access.length > 0],
  ["heritage", (l) => l.heritage.length > 0],
];

const GROUPS: Array<[string, (l: Locality) => boolean]> = [
  ["Thai provinces, Bangkok, Pattaya", (l) => l.country === "TH" && (l.parent === null || l.id === "TH-S")],
  ["Thai bodies below province", (l) => l.country === "TH" && l.parent !== null && l.id !== "TH-S"],
  ["Japanese prefectures", (l) => l.tier === "prefecture"],
  ["Japanese designated cities", (l) => l.tier === "designated-city"],
  [
    "other Japanese municipalities",
    (l) => l.country === "JP" && l.tier !== "prefecture" && l.tier !== "designated-city",
  ],
];

export const factCount = (l: Locality): number =>
  l.geography.length +
  l.industries.length +
  l.strengths.length +
  l.challenges.length +
  l.designations.length +
  l.access.length +
  l.heritage.length;

/** What `data report` prints: counts, completeness per group and field, sources, conflicts, gaps. */
export const dataReport = (data: ReferenceData) => {
  const counts = Object.fromEntries(Object.entries(data).map(([kind, records]) => [kind, records.length]));
  const completeness = GROUPS.map(([group, belongs]) => {
    const members = data.localities.filter(belongs);
    return {
      group,
      total: members.length,
      fields: FIELD_CHECKS.map(([field, check]) => ({
        field,
        filled: members.filter(check).length,
        total: members.length,
      })),
    };
  });
  const sources: Record<string, number> = {};
  for (const reference of collectReferences(data)) {
    if (reference.target !== "source" || reference.source === undefined) continue;
    const { parsed, confidence } = normaliseSource(reference.source);
    const key = parsed.kind === "report" ? "report" : `${parsed.kind} (${confidence})`;
    sources[key] = (sources[key] ?? 0) + 1;
  }
  const conflicts = [...data.relations, ...data.organisations].flatMap((record) =>
    record.conflicts.map((conflict) => ({
      relation: record.id,
      field: conflict.field,
      readings: conflict.readings.map((reading) => reading.value.en),
      note: conflict.note?.en ?? "",
    })),
  );
  const thinnest = GROUPS.slice(0, 4).flatMap(([group, belongs]) =>
    data.localities
      .filter(belongs)
      .map((locality) => ({ group, id: locality.id, name: locality.names.en, facts: factCount(locality) }))
      .sort((a, b) => a.facts - b.facts || a.id.localeCompare(b.id))
      .slice(0, 5),
  );
  const issueLeaves = data.issues.filter((issue) => issue.parent !== null);
  return {
    counts,
    issues: { roots: data.issues.length - issueLeaves.length, leaves: issueLeaves.length },
    completeness,
    sources,
    conflicts,
    thinnest,
    tableRows: ["8.1", "8.2", "8.3", "8.4"].map((table) => ({
      table,
      rows: new Set(
        data.relations.flatMap((relation) => (relation.report_row?.table === table ? [relation.report_row.row] : [])),
      ).size,
    })),
    surveys: ["table-10.1", "table-10.2"].map((survey) => ({
      survey,
      items: data.needsOffers.filter((item) => item.survey === survey).length,
    })),
  };
};
