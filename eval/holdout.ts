import { buildCatalog, type Catalog } from "../src/catalog/catalog.ts";
import type { ReferenceData } from "../src/catalog/reference-data.ts";
import type { Locality } from "../src/domain/locality.ts";
import type { AnyText } from "../src/domain/text.ts";
import { namePatterns } from "../src/matching/criteria/names.ts";

const familyIds = (data: ReferenceData, id: string): Set<string> => {
  const byId = new Map(data.localities.map((locality) => [locality.id, locality]));
  const family = new Set([id]);
  const self = byId.get(id);
  if (self?.parent) family.add(self.parent);
  for (const locality of data.localities) if (locality.parent === id) family.add(locality.id);
  return family;
};

/**
 * Leave-one-out without leaks: every relation between the two families (the localities, their
 * province or prefecture, the bodies inside them) is removed, and so is every fact on either side
 * that names the other, so the matcher cannot simply read the answer.
 */
export const withoutTie = (data: ReferenceData, a: string, b: string): Catalog => {
  const familyA = familyIds(data, a);
  const familyB = familyIds(data, b);
  const localities = new Map(data.localities.map((locality) => [locality.id, locality]));
  const patternsOf = (family: Set<string>) =>
    [...family].flatMap((id) => {
      const locality = localities.get(id);
      return locality ? namePatterns(locality) : [];
    });
  const patternsA = patternsOf(familyA);
  const patternsB = patternsOf(familyB);
  const names = (text: AnyText, patterns: RegExp[]) =>
    patterns.some((pattern) => [text.en, text.th, text.ja].some((value) => value !== undefined && pattern.test(value)));
  const scrub = (locality: Locality): Locality => {
    const others = familyA.has(locality.id) ? patternsB : familyB.has(locality.id) ? patternsA : undefined;
    if (!others) return locality;
    const keep = <T extends { text: AnyText }>(facts: T[]) => facts.filter((fact) => !names(fact.text, others));
    return {
      ...locality,
      strengths: keep(locality.strengths),
      challenges: keep(locality.challenges),
      industries: keep(locality.industries),
      heritage: keep(locality.heritage),
    };
  };
  return buildCatalog({
    ...data,
    localities: data.localities.map(scrub),
    relations: data.relations.filter(
      (relation) =>
        !(relation.parties.some((party) => familyA.has(party)) && relation.parties.some((party) => familyB.has(party))),
    ),
    needsOffers: data.needsOffers.filter((item) => {
      if (familyA.has(item.party)) return !names(item.text, patternsB);
      if (familyB.has(item.party)) return !names(item.text, patternsA);
      return true;
    }),
  });
};
