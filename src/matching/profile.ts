import type { Catalog } from "../catalog/catalog.ts";
import { type FactKind, type FactList, factKindIn } from "../domain/fact-kind.ts";
import type { GeographyKind, Locality } from "../domain/locality.ts";
import { citedParties, type Relation } from "../domain/relation.ts";
import { designationText } from "./designation-text.ts";
import type { Evidence } from "./evidence.ts";

export type IssueIndex = ReadonlyMap<string, readonly Evidence[]>;

/**
 * A locality's facts arranged for matching: every fact with its kind, and indexes by issue of the
 * kinds the criteria read. Offers are strengths, stated offers and industries; needs are
 * challenges and stated needs; problems are challenges only.
 */
export type Profile = {
  locality: Locality;
  facts: readonly Evidence[];
  offers: IssueIndex;
  /** Offers that are know-how rather than production: strengths and stated offers. */
  strengths: IssueIndex;
  needs: IssueIndex;
  problems: IssueIndex;
  industries: IssueIndex;
  /** Ties, visits and offices on record: a track record, not an offer. */
  records: IssueIndex;
  /** Standing ties with others (agreements, projects): experience in a field, not an offer. */
  ties: IssueIndex;
  /** Every fact with issue tags, of any kind, by issue. */
  mentions: IssueIndex;
  geography: ReadonlyMap<GeographyKind, Evidence[]>;
  designations: readonly Evidence[];
  access: readonly Evidence[];
  relations: readonly Relation[];
  factCount: number;
};

const indexOf = (facts: readonly Evidence[], kinds: readonly FactKind[]): Map<string, Evidence[]> => {
  const index = new Map<string, Evidence[]>();
  for (const evidence of facts) {
    if (!kinds.includes(evidence.kind)) continue;
    for (const issue of evidence.issues) {
      const list = index.get(issue);
      if (list) list.push(evidence);
      else index.set(issue, [evidence]);
    }
  }
  return index;
};

const TEXT_KINDS: readonly FactKind[] = [
  "industry",
  "offer",
  "challenge",
  "need",
  "designation",
  "relation",
  "office",
  "heritage",
  "event",
];

const listFacts = (locality: Locality): Evidence[] => {
  const inList = (list: FactList) =>
    locality[list].map(
      (item, index): Evidence => ({
        key: `${locality.id}/${list}/${index}`,
        localityId: locality.id,
        kind: factKindIn(list, item.kind),
        text: item.text,
        issues: item.issues,
        source: item.source,
        ...(item.by ? { by: item.by } : {}),
        // A programme written as a fact is national: localities do not designate themselves.
        ...(item.kind === "designation"
          ? { designation: { country: locality.country, policy: true, global: false } }
          : {}),
      }),
    );
  const industries = locality.industries.map(
    (item, index): Evidence => ({
      key: `${locality.id}/industries/${index}`,
      localityId: locality.id,
      kind: "industry",
      text: item.text,
      issues: item.issues,
      source: item.source,
      isSpeciality: item.kind === "speciality",
    }),
  );
  return [...industries, ...inList("strengths"), ...inList("challenges"), ...inList("heritage")];
};

export const buildProfile = (catalog: Catalog, locality: Locality): Profile => {
  const stated = (catalog.needsOffersByParty.get(locality.id) ?? []).map(
    (item): Evidence => ({
      key: item.id,
      localityId: locality.id,
      kind: item.kind,
      text: item.text,
      issues: item.issues,
      source: item.source,
      ...(item.by ? { by: item.by } : {}),
    }),
  );
  const held = locality.designations.flatMap((holding, index): Evidence[] => {
    const designation = catalog.designations.get(holding.id);
    if (!designation) return [];
    return [
      {
        key: `${locality.id}/designations/${index}`,
        localityId: locality.id,
        kind: "designation",
        text: designationText(catalog, designation.names, holding),
        issues: holding.issues ?? designation.issues,
        source: holding.source,
        designation: {
          id: designation.id,
          country: designation.country,
          policy: designation.policy,
          global: designation.global,
        },
      },
    ];
  });
  const facts = [...listFacts(locality), ...stated, ...held];
  const geography = new Map<GeographyKind, Evidence[]>();
  for (const [index, item] of locality.geography.entries()) {
    const evidence: Evidence = {
      key: `${locality.id}/geography/${index}`,
      localityId: locality.id,
      kind: "geography",
      text: item.name,
      issues: [],
      source: item.source,
    };
    const list = geography.get(item.kind);
    if (list) list.push(evidence);
    else geography.set(item.kind, [evidence]);
  }
  const access = locality.access.map(
    (item, index): Evidence => ({
      key: `${locality.id}/access/${index}`,
      localityId: locality.id,
      kind: "access",
      text: item.text,
      issues: [],
      source: item.source,
    }),
  );
  return {
    locality,
    facts,
    offers: indexOf(facts, ["offer", "industry"]),
    strengths: indexOf(facts, ["offer"]),
    needs: indexOf(facts, ["challenge", "need"]),
    problems: indexOf(facts, ["challenge"]),
    industries: indexOf(facts, ["industry"]),
    records: indexOf(facts, ["relation", "event", "office"]),
    ties: indexOf(facts, ["relation"]),
    mentions: indexOf(facts, TEXT_KINDS),
    geography,
    designations: facts.filter((evidence) => evidence.kind === "designation"),
    access,
    // A tie a source denies this locality is a party to is not cited as its own (domain/relation.ts).
    relations: (catalog.relationsByParty.get(locality.id) ?? []).filter((relation) =>
      citedParties(relation).includes(locality.id),
    ),
    factCount: facts.length + locality.geography.length,
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

type RarityIndex = "offers" | "problems";

const rarityCache = new WeakMap<Catalog, Map<RarityIndex, ReadonlyMap<string, number>>>();

/**
 * How distinctive an issue is in one index of every profile, as inverse document frequency over
 * all localities, scaled so the average issue weighs 1.
 */
const rarityIn = (catalog: Catalog, index: RarityIndex): ReadonlyMap<string, number> => {
  let byIndex = rarityCache.get(catalog);
  if (!byIndex) {
    byIndex = new Map();
    rarityCache.set(catalog, byIndex);
  }
  const cached = byIndex.get(index);
  if (cached) return cached;
  const holders = new Map<string, number>();
  const total = catalog.data.localities.length;
  for (const locality of catalog.data.localities) {
    for (const issue of profileOf(catalog, locality)[index].keys()) holders.set(issue, (holders.get(issue) ?? 0) + 1);
  }
  const raw = new Map([...holders].map(([issue, count]) => [issue, Math.log((total + 1) / (count + 1)) + 1]));
  const mean = raw.size ? [...raw.values()].reduce((sum, value) => sum + value, 0) / raw.size : 1;
  const rarity = new Map([...raw].map(([issue, value]) => [issue, value / mean]));
  byIndex.set(index, rarity);
  return rarity;
};

/**
 * How distinctive an offer on each issue is. Everyone offers tourism; few offer landfill
 * technology, and a rare offer that meets a need says more about a pair.
 */
export const offerRarity = (catalog: Catalog): ReadonlyMap<string, number> => rarityIn(catalog, "offers");

/**
 * How distinctive a problem on each issue is. Nearly everyone is ageing; few face landslides or
 * haze, and sharing a rare problem says more about a pair than sharing a common one.
 */
export const problemRarity = (catalog: Catalog): ReadonlyMap<string, number> => rarityIn(catalog, "problems");
