import { parsePartialDate } from "../domain/dates.ts";
import type { Locality } from "../domain/locality.ts";
import { RELATION_STATUSES, type Relation, type RelationStatus } from "../domain/relation.ts";
import { relationDates, suggestedStatusOf } from "../domain/rules/relation-status.ts";
import type { Catalog } from "./catalog.ts";

const countBy = <T>(items: readonly T[], keys: (item: T) => readonly (string | number)[]) => {
  const counts = new Map<string | number, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/** The province or prefecture a locality belongs to (itself when it is one). */
export const topLevelOf = (catalog: Catalog, id: string): Locality | undefined => {
  let locality = catalog.localities.get(id);
  while (locality?.parent) locality = catalog.localities.get(locality.parent);
  return locality;
};

/**
 * Every Thai province × every Japanese prefecture that a relation joins, through any of its
 * parties (a relation of Trat, Rayong and Chanthaburi with Mie joins all three to Mie), each pair once.
 */
export const partnerPairs = (catalog: Catalog, parties: readonly string[]): [string, string][] => {
  const tops = [...new Set(parties.flatMap((party) => topLevelOf(catalog, party)?.id ?? []))];
  const thai = tops.filter((id) => id.startsWith("TH-"));
  const japanese = tops.filter((id) => id.startsWith("JP-"));
  return thai.flatMap((a) => japanese.map((b): [string, string] => [a, b]));
};

const isThaiTop = (locality: Locality) => locality.country === "TH" && locality.parent === null;

/**
 * Relations by the status their last dated activity suggests as of `today`, each with the
 * statuses the records give (shown on hover), in the vocabulary's order.
 */
export const statusCounts = (
  relations: readonly Relation[],
  today: Date,
  suggest: (relation: Relation) => RelationStatus = (relation) => suggestedStatusOf(relation, today),
) => {
  const rows = new Map<RelationStatus, Map<RelationStatus, number>>();
  for (const relation of relations) {
    const suggested = suggest(relation);
    const recorded = rows.get(suggested) ?? new Map<RelationStatus, number>();
    recorded.set(relation.status, (recorded.get(relation.status) ?? 0) + 1);
    rows.set(suggested, recorded);
  }
  return RELATION_STATUSES.flatMap((status) => {
    const recorded = rows.get(status);
    if (!recorded) return [];
    const breakdown = RELATION_STATUSES.flatMap((from) => {
      const count = recorded.get(from);
      return count ? [{ status: from, count }] : [];
    });
    return [{ status, count: breakdown.reduce((sum, row) => sum + row.count, 0), recorded: breakdown }];
  });
};

/**
 * The national picture as of `today`: counts, relations by year, type, issue and status, map links,
 * gaps. `suggest` gives each relation's status (the server passes the health rule over the log);
 * without it, the record's own dates decide.
 */
export const nationalStatistics = (catalog: Catalog, today: Date, suggest?: (relation: Relation) => RelationStatus) => {
  const { localities, relations, needsOffers, organisations } = catalog.data;
  const byYear = countBy(relations, (relation) => {
    const year = relation.start ? parsePartialDate(relation.start)?.year : undefined;
    return year ? [year] : [];
  });
  const links = relations.flatMap((relation) =>
    partnerPairs(catalog, relation.parties).map(([a, b]) => ({
      relation: relation.id,
      type: relation.type,
      status: relation.status,
      a,
      b,
    })),
  );
  const partnered = new Set(links.map((link) => link.a));
  // The latest date any relation records: how far the data reaches (the report's information ends in 2018).
  const latestDate = relations
    .flatMap((relation) => relationDates(relation))
    .filter((date) => parsePartialDate(date) !== undefined)
    .sort()
    .at(-1);
  return {
    asOf: { latestDate: latestDate ?? null, statusesOn: today.toISOString().slice(0, 10) },
    counts: {
      localities: localities.length,
      thaiLocalities: localities.filter((locality) => locality.country === "TH").length,
      japaneseLocalities: localities.filter((locality) => locality.country === "JP").length,
      relations: relations.length,
      ongoing: relations.filter((relation) => relation.form === "ongoing").length,
      events: relations.filter((relation) => relation.form === "one-off").length,
      organisations: organisations.length,
      needs: needsOffers.filter((item) => item.kind === "need").length,
      offers: needsOffers.filter((item) => item.kind === "offer").length,
    },
    relationsByYear: [...byYear]
      .map(([year, count]) => ({ year: Number(year), count }))
      .sort((a, b) => a.year - b.year),
    relationsByType: [...countBy(relations, (relation) => [relation.type])]
      .map(([type, count]) => ({ type: String(type), count }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    relationsByIssue: [...countBy(relations, (relation) => relation.issues)]
      .map(([issue, count]) => ({ issue: String(issue), count }))
      .sort((a, b) => b.count - a.count || a.issue.localeCompare(b.issue)),
    relationsByStatus: statusCounts(relations, today, suggest),
    provincesWithoutPartner: localities
      .filter((locality) => isThaiTop(locality) && !partnered.has(locality.id))
      .map((locality) => ({ id: locality.id, names: locality.names })),
    links,
  };
};
