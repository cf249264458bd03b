import type { Catalog } from "../src/catalog/catalog.ts";
import { normaliseSource } from "../src/domain/source.ts";

/**
 * The development set: every relation the report documents between a Thai and a Japanese
 * locality, asked from each side (who should X work with?), with and without the relation's issue.
 * The report's own recommended pairs (its held-back tables) are not used and not guessed.
 */
/** Offices, desks, secondments and network seats are bases, not pairings: they are not answers. */
const NOT_PAIRINGS = new Set(["branch-office", "desk", "secondment", "network-membership"]);

export type DevCase = { id: string; relation: string; from: string; expected: string; issue?: string };

export const buildDevSet = (catalog: Catalog): DevCase[] => {
  const cases: DevCase[] = [];
  for (const relation of catalog.data.relations) {
    if (NOT_PAIRINGS.has(relation.type)) continue;
    if (!relation.sources.some((source) => normaliseSource(source).parsed.kind === "report")) continue;
    const parties = relation.parties.map((id) => catalog.localities.get(id)).filter((l) => l !== undefined);
    const thai = parties.find((locality) => locality.country === "TH");
    const japanese = parties.find((locality) => locality.country === "JP");
    if (!thai || !japanese) continue;
    const issue = relation.issues[0] ? catalog.issues.get(relation.issues[0])?.label.en : undefined;
    for (const [from, expected] of [
      [thai.id, japanese.id],
      [japanese.id, thai.id],
    ] as const) {
      cases.push({ id: `${relation.id}:${from}`, relation: relation.id, from, expected });
      if (issue) cases.push({ id: `${relation.id}:${from}:issue`, relation: relation.id, from, expected, issue });
    }
  }
  return cases.sort((a, b) => a.id.localeCompare(b.id));
};
