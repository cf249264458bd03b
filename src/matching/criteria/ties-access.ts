import type { Catalog } from "../../catalog/catalog.ts";
import { citedParties, type Relation } from "../../domain/relation.ts";
import { clamp01, type Evidence, type Finding } from "../evidence.ts";
import type { Profile } from "../profile.ts";
import type { CriterionFn } from "./context.ts";

export const STATUS_VALUE: Record<Relation["status"], number> = {
  active: 1,
  pending: 0.9,
  declining: 0.8,
  lapsed: 0.6,
  ended: 0.4,
  // A one-off event once held is a weaker tie than a relation that lives on.
  held: 0.5,
};
export const OFFICE_TYPES: ReadonlySet<Relation["type"]> = new Set(["branch-office", "desk", "secondment"]);
/** Standing ties with an agency: agreements and projects, not a booth at one fair. */
export const AGENCY_TIE_TYPES: ReadonlySet<Relation["type"]> = new Set([
  "mou",
  "agreement",
  "letter-of-intent",
  "minutes",
  "project",
  "exchange",
  "host-town",
]);

const relationEvidence = (relation: Relation, localityId: string): Evidence => ({
  key: `relation:${relation.id}`,
  localityId,
  kind: "relation",
  text: relation.title,
  issues: relation.issues,
  source: relation.sources[0] ?? "gk:low",
});

/** A locality and the bodies next to it: its province or prefecture and the bodies inside it. */
export const familyOf = (catalog: Catalog, profile: Profile): Set<string> => {
  const { locality } = profile;
  const family = new Set([locality.id]);
  if (locality.parent) family.add(locality.parent);
  for (const child of catalog.childrenOf.get(locality.id) ?? []) family.add(child.id);
  return family;
};

/**
 * Relations that join the two sides: both are parties, or one is and the other's province,
 * prefecture or city stands in for it. A relation of two third parties (a prefecture and another
 * province's city) is not a tie between this pair, nor is an office in the other's city.
 */
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
      // An office in Bangkok is a base there, not a tie with the city: it counts as a presence.
      if (seen.has(relation.id) || OFFICE_TYPES.has(relation.type)) continue;
      seen.add(relation.id);
      const parties = citedParties(relation);
      const hasA = parties.includes(a.locality.id);
      const hasB = parties.includes(b.locality.id);
      const nearA = parties.some((party) => familyA.has(party));
      const nearB = parties.some((party) => familyB.has(party));
      if (!((hasA && nearB) || (hasB && nearA))) continue;
      found.push({ relation, isDirect: hasA && hasB });
    }
  }
  return found.sort((x, y) => Number(y.isDirect) - Number(x.isDirect) || x.relation.id.localeCompare(y.relation.id));
};

/** The side's own id among a relation's parties, else the member of its family that is one. */
const partyIn = (parties: readonly string[], id: string, family: ReadonlySet<string>): string =>
  parties.includes(id) ? id : (parties.find((party) => family.has(party)) ?? "");

/** A Thai ministry or central agency among a relation's parties. */
export const thaiAgencyOf = (catalog: Catalog, relation: Relation): string | undefined =>
  citedParties(relation).find((party) => {
    const organisation = catalog.organisations.get(party);
    return (
      organisation?.country === "TH" && (organisation.kind === "ministry" || organisation.kind === "central-agency")
    );
  });

/** Existing ties lower the cost of cooperation: relations, the locality's own office in Thailand, Thai agencies, flights. */
export const tiesAccess: CriterionFn = (a, b, context) => {
  const findings: Finding[] = [];
  let value = 0;
  const familyA = familyOf(context.catalog, a);
  const familyB = familyOf(context.catalog, b);
  for (const { relation, isDirect } of relationsBetween(context.catalog, a, b)) {
    const parties = citedParties(relation);
    const strength = STATUS_VALUE[relation.status] * (isDirect ? 1 : 0.6);
    value = Math.max(value, strength);
    findings.push({
      kind: "existing-relation",
      a: relationEvidence(relation, a.locality.id),
      weight: 2 + strength,
      detail: {
        relation: relation.id,
        status: relation.status,
        direct: isDirect ? 1 : 0,
        channel: relation.channel ?? "",
        partyA: partyIn(parties, a.locality.id, familyA),
        partyB: partyIn(parties, b.locality.id, familyB),
      },
    });
  }
  const japanese = a.locality.country === "JP" ? a : b;
  const side = japanese === a ? "a" : "b";
  // Its own office, desk or seconded staff: a bank's or a company's office is not the locality's.
  const office = japanese.relations.find(
    (relation) => OFFICE_TYPES.has(relation.type) && relation.parties[0] === japanese.locality.id,
  );
  if (office) {
    value += 0.3;
    findings.push({ kind: "office-in-thailand", [side]: relationEvidence(office, japanese.locality.id), weight: 1 });
  }
  const withAgency = japanese.relations.find(
    (relation) => AGENCY_TIE_TYPES.has(relation.type) && thaiAgencyOf(context.catalog, relation) !== undefined,
  );
  const agency = withAgency ? thaiAgencyOf(context.catalog, withAgency) : undefined;
  if (withAgency && agency) {
    value += 0.2;
    findings.push({
      kind: "thai-agency-tie",
      [side]: relationEvidence(withAgency, japanese.locality.id),
      weight: 0.8,
      detail: { agency, status: withAgency.status },
    });
  }
  for (const profile of [a, b]) {
    const flight = profile.locality.access.findIndex((item) => item.kind === "direct-flight");
    const airport = profile.locality.access.findIndex(
      (item) =>
        item.kind === "airport" && /international|国際|นานาชาติ/i.test(item.text.en + item.text.ja + item.text.th),
    );
    const access = profile.access[flight >= 0 ? flight : airport];
    if (access) {
      value += flight >= 0 ? 0.15 : 0.05;
      findings.push({
        kind: flight >= 0 ? "direct-flight" : "airport",
        [profile === a ? "a" : "b"]: access,
        weight: 0.5,
      });
    }
  }
  findings.sort((x, y) => y.weight - x.weight);
  return { value: clamp01(value), facts: findings };
};
