import type { ReferenceData } from "../catalog/reference-data.ts";
import { type Cell, toCsv } from "../export/table-file.ts";

/** Lists become "a; b" in a cell. */
const cell = (value: unknown): Cell =>
  value === null || value === undefined
    ? ""
    : Array.isArray(value)
      ? value.join("; ")
      : typeof value === "number"
        ? value
        : String(value);

const csv = (headers: string[], rows: unknown[][]): string =>
  toCsv({ columns: headers, rows: rows.map((row) => row.map(cell)) });

/** Flat tables for spreadsheets; the JSON export keeps every field. */
export const toCsvFiles = (data: ReferenceData): Record<string, string> => ({
  "localities.csv": csv(
    [
      "id",
      "country",
      "tier",
      "parent",
      "region",
      "name_th",
      "name_en",
      "name_ja",
      "population",
      "population_year",
      "area_km2",
      "lat",
      "lon",
      "industries",
      "strengths",
      "challenges",
      "designations",
    ],
    data.localities.map((l) => [
      l.id,
      l.country,
      l.tier,
      l.parent,
      l.region,
      l.names.th,
      l.names.en,
      l.names.ja,
      l.population?.value,
      l.population?.year,
      l.area_km2?.value,
      l.centroid?.lat,
      l.centroid?.lon,
      l.industries.map((fact) => fact.text.en),
      l.strengths.map((fact) => fact.text.en),
      l.challenges.map((fact) => fact.text.en),
      l.designations.map((d) => d.id),
    ]),
  ),
  "relations.csv": csv(
    [
      "id",
      "type",
      "status",
      "start",
      "end",
      "parties",
      "title_th",
      "title_en",
      "title_ja",
      "issues",
      "channel",
      "initiator",
      "conflicts",
    ],
    data.relations.map((r) => [
      r.id,
      r.type,
      r.status,
      r.start,
      r.end,
      r.parties,
      r.title.th,
      r.title.en,
      r.title.ja,
      r.issues,
      r.channel,
      r.initiator,
      r.conflicts.map((conflict) => conflict.field),
    ]),
  ),
  "organisations.csv": csv(
    ["id", "country", "kind", "abbr", "name_th", "name_en", "name_ja"],
    data.organisations.map((o) => [o.id, o.country, o.kind, o.abbr, o.names.th, o.names.en, o.names.ja]),
  ),
  "needs-offers.csv": csv(
    ["id", "party", "kind", "issues", "text_th", "text_en", "text_ja", "survey"],
    data.needsOffers.map((n) => [n.id, n.party, n.kind, n.issues, n.text.th, n.text.en, n.text.ja, n.survey]),
  ),
  "issues.csv": csv(
    ["id", "parent", "label_th", "label_en", "label_ja", "synonyms_th", "synonyms_en", "synonyms_ja"],
    data.issues.map((i) => [
      i.id,
      i.parent,
      i.label.th,
      i.label.en,
      i.label.ja,
      i.synonyms.th,
      i.synonyms.en,
      i.synonyms.ja,
    ]),
  ),
});

export const toJsonFiles = (data: ReferenceData): Record<string, string> =>
  Object.fromEntries(
    Object.entries(data).map(([kind, records]) => [`${kind}.json`, `${JSON.stringify(records, null, 2)}\n`]),
  );
