import type { Catalog } from "../catalog/catalog.ts";
import type { GeographyKind, Locality } from "../domain/locality.ts";
import type { Relation } from "../domain/relation.ts";
import type { Evidence } from "./evidence.ts";

/** A locality's facts arranged for matching: by issue, by role (offer, need), by kind. */
export type Profile = {
  locality: Locality;
  offers: ReadonlyMap<string, Evidence[]>;
  needs: ReadonlyMap<string, Evidence[]>;
  industries: ReadonlyMap<string, Evidence[]>;
  mentions: ReadonlyMap<string, Evidence[]>;
  geography: ReadonlyMap<GeographyKind, Evidence[]>;
  designations: readonly Evidence[];
  heritage: readonly Evidence[];
  access: readonly Evidence[];
  relations: readonly Relation[];
  factCount: number;
};

const addTo = (index: Map<string, Evidence[]>, evidence: Evidence) => {
  for (const issue of evidence.issues) {
    const list = index.get(issue);
    if (list) list.push(evidence);
    else index.set(issue, [evidence]);
  }
};

export const buildProfile = (catalog: Catalog, locality: Locality): Profile => {
  const offers = new Map<string, Evidence[]>();
  const needs = new Map<string, Evidence[]>();
  const industries = new Map<string, Evidence[]>();
  const mentions = new Map<string, Evidence[]>();
  const geography = new Map<GeographyKind, Evidence[]>();
  const fact = (
    origin: Evidence["origin"],
    item: { text: Evidence["text"]; issues: readonly string[]; source: Evidence["source"] },
  ): Evidence => ({
    localityId: locality.id,
    text: item.text,
    issues: item.issues,
    source: item.source,
    origin,
  });
  for (const item of locality.strengths) addTo(offers, fact("strength", item));
  for (const item of locality.industries) {
    const evidence = fact("industry", item);
    addTo(industries, evidence);
    addTo(offers, evidence);
  }
  for (const item of locality.challenges) addTo(needs, fact("challenge", item));
  for (const item of catalog.needsOffersByParty.get(locality.id) ?? []) {
    addTo(item.kind === "need" ? needs : offers, fact(item.kind, item));
  }
  const heritage = locality.heritage.map((item) => fact("heritage", item));
  for (const evidence of [...offers.values(), ...needs.values(), [...heritage]].flat()) addTo(mentions, evidence);
  for (const item of locality.geography) {
    const evidence = fact("geography", { text: item.name, issues: [], source: item.source });
    const list = geography.get(item.kind);
    if (list) list.push(evidence);
    else geography.set(item.kind, [evidence]);
  }
  const designations = locality.designations.flatMap((holding) => {
    const designation = catalog.designations.get(holding.id);
    return designation
      ? [fact("designation", { text: designation.names, issues: designation.issues, source: holding.source })]
      : [];
  });
  // A designation is a standing offer: an Eco-Town has recycling know-how to share.
  for (const evidence of designations) addTo(offers, evidence);
  const access = locality.access.map((item) => fact("access", { text: item.text, issues: [], source: item.source }));
  const factCount =
    locality.strengths.length +
    locality.challenges.length +
    locality.industries.length +
    locality.geography.length +
    locality.heritage.length +
    locality.designations.length +
    (catalog.needsOffersByParty.get(locality.id)?.length ?? 0);
  return {
    locality,
    offers,
    needs,
    industries,
    mentions,
    geography,
    designations,
    heritage,
    access,
    relations: catalog.relationsByParty.get(locality.id) ?? [],
    factCount,
  };
};

const cache = new WeakMap<Catalog, Map<string, Profile>>();

/** Profiles are pure functions of the catalog, so they are built once per catalog. */
export const profileOf = (catalog: Catalog, locality: Locality): Profile => {
  let profiles = cache.get(catalog);
  if (!profiles) {
    profiles = new Map();
    cache.set(catalog, profiles);
  }
  let profile = profiles.get(locality.id);
  if (!profile) {
    profile = buildProfile(catalog, locality);
    profiles.set(locality.id, profile);
  }
  return profile;
};

const rarityCache = new WeakMap<Catalog, Map<string, number>>();

/**
 * How distinctive an offer on each issue is, as inverse document frequency over all localities,
 * scaled so the average issue weighs 1. Everyone offers tourism; few offer landfill technology,
 * and a rare offer that meets a need says more about a pair.
 */
export const offerRarity = (catalog: Catalog): ReadonlyMap<string, number> => {
  const cached = rarityCache.get(catalog);
  if (cached) return cached;
  const holders = new Map<string, number>();
  const total = catalog.data.localities.length;
  for (const locality of catalog.data.localities) {
    for (const issue of profileOf(catalog, locality).offers.keys()) holders.set(issue, (holders.get(issue) ?? 0) + 1);
  }
  const raw = new Map([...holders].map(([issue, count]) => [issue, Math.log((total + 1) / (count + 1)) + 1]));
  const mean = raw.size ? [...raw.values()].reduce((sum, value) => sum + value, 0) / raw.size : 1;
  const rarity = new Map([...raw].map(([issue, value]) => [issue, value / mean]));
  rarityCache.set(catalog, rarity);
  return rarity;
};
