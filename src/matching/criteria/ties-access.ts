import type { Catalog } from "../../catalog/catalog.ts";
import type { Relation } from "../../domain/relation.ts";
import { clamp01, type Evidence, type Finding } from "../evidence.ts";
import type { Profile } from "../profile.ts";
import type { CriterionFn } from "./context.ts";

const STATUS_VALUE: Record<Relation["status"], number> = {
  active: 1,
  pending: 0.9,
  declining: 0.8,
  lapsed: 0.6,
  ended: 0.4,
  // A one-off event once held is a weaker tie than a relation that lives on.
  held: 0.5,
};
const OFFICE_TYPES: ReadonlySet<Relation["type"]> = new Set(["branch-office", "desk", "secondment"]);

const relationEvidence = (relation: Relation, localityId: string): Evidence => ({
  localityId,
  text: relation.title,
  issues: relation.issues,
  source: relation.sources[0] ?? "gk:low",
  origin: "relation",
});

/** A locality and the bodies around it: its province or prefecture and the bodies inside it. */
export const familyOf = (catalog: Catalog, profile: Profile): Set<string> => {
  const { locality } = profile;
  const family = new Set([locality.id]);
  if (locality.parent) family.add(locality.parent);
  for (const child of catalog.childrenOf.get(locality.id) ?? []) family.add(child.id);
  return family;
};

/** Relations that join the two sides, directly or through their provinces, prefectures and cities. */
export const relationsBetween = (
  catalog: Catalog,
  a: Profile,
  b: Profile,
): Array<{ relation: Relation; isDirect: boolean }> => {
  const familyA = familyOf(catalog, a);
  const familyB = familyOf(catalog, b);
  const seen = new Set<string>();
  const found: Array<{ relation: Relation; isDirect: boolean }> = [];
  for (const member of familyA) {
    for (const relation of catalog.relationsByParty.get(member) ?? []) {
      if (seen.has(relation.id) || !relation.parties.some((party) => familyB.has(party))) continue;
      seen.add(relation.id);
      const isDirect = relation.parties.includes(a.locality.id) && relation.parties.includes(b.locality.id);
      found.push({ relation, isDirect });
    }
  }
  return found.sort((x, y) => Number(y.isDirect) - Number(x.isDirect) || x.relation.id.localeCompare(y.relation.id));
};

/** Existing ties lower the cost of cooperation: relations, offices in Thailand, links with Thai agencies, flights. */
export const tiesAccess: CriterionFn = (a, b, context) => {
  const findings: Finding[] = [];
  let value = 0;
  for (const { relation, isDirect } of relationsBetween(context.catalog, a, b)) {
    const strength = STATUS_VALUE[relation.status] * (isDirect ? 1 : 0.6);
    value = Math.max(value, strength);
    findings.push({
      kind: "existing-relation",
      a: relationEvidence(relation, a.locality.id),
      weight: 2 + strength,
      detail: { relation: relation.id, status: relation.status, direct: isDirect ? 1 : 0 },
    });
  }
  const japanese = a.locality.country === "JP" ? a : b;
  const office = japanese.relations.find((relation) => OFFICE_TYPES.has(relation.type));
  if (office) {
    value += 0.3;
    findings.push({
      kind: "office-in-thailand",
      [japanese === a ? "a" : "b"]: relationEvidence(office, japanese.locality.id),
      weight: 1,
    });
  }
  const withThaiAgency = japanese.relations.find((relation) =>
    relation.parties.some((party) => party.startsWith("org:th-")),
  );
  if (withThaiAgency) {
    value += 0.2;
    findings.push({
      kind: "thai-agency-tie",
      [japanese === a ? "a" : "b"]: relationEvidence(withThaiAgency, japanese.locality.id),
      weight: 0.8,
    });
  }
  for (const side of [a, b]) {
    const flight = side.access.find((evidence) =>
      side.locality.access.some((item) => item.kind === "direct-flight" && item.text === evidence.text),
    );
    const airport = side.access.find((evidence) =>
      /international|国際|นานาชาติ/i.test(`${evidence.text.en ?? ""}${evidence.text.ja ?? ""}${evidence.text.th ?? ""}`),
    );
    const access = flight ?? airport;
    if (access) {
      value += flight ? 0.15 : 0.05;
      findings.push({ kind: flight ? "direct-flight" : "airport", [side === a ? "a" : "b"]: access, weight: 0.5 });
    }
  }
  findings.sort((x, y) => y.weight - x.weight);
  return { value: clamp01(value), facts: findings };
};
