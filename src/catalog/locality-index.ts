import type { Catalog } from "./catalog.ts";

/** Bases and network seats are not partnerships (as in eval/dev-set.ts). */
const NOT_PARTNERSHIPS = new Set(["branch-office", "desk", "secondment", "network-membership"]);

export type LocalityIndexItem = {
  id: string;
  country: "TH" | "JP";
  tier: string;
  region: string;
  parent: string | null;
  names: { th: string; en: string; ja: string };
  population: { value: number } | null;
  centroid: { lat: number; lon: number } | null;
  office: { lat: number; lon: number } | null;
  /** Someone has described it: a strength, need, industry, place or tradition is on record. */
  described: boolean;
  /** A relation (not an office) with a party of the other country is on record. */
  partnered: boolean;
};

/**
 * Every locality in a few fields: names for every page, points for the map. Small enough to load
 * once (about 2,000 localities) where the full profiles are not.
 */
export const localityIndex = (catalog: Catalog): LocalityIndexItem[] => {
  const countryOf = (id: string) => catalog.localities.get(id)?.country ?? catalog.organisations.get(id)?.country;
  return catalog.data.localities.map((locality) => {
    const relations = (catalog.relationsByParty.get(locality.id) ?? []).filter(
      (relation) => !NOT_PARTNERSHIPS.has(relation.type),
    );
    const facts =
      locality.strengths.length +
      locality.challenges.length +
      locality.industries.length +
      locality.geography.length +
      locality.heritage.length +
      (catalog.needsOffersByParty.get(locality.id)?.length ?? 0);
    return {
      id: locality.id,
      country: locality.country,
      tier: locality.tier,
      region: locality.region,
      parent: locality.parent,
      names: { th: locality.names.th, en: locality.names.en, ja: locality.names.ja },
      population: locality.population ? { value: locality.population.value } : null,
      centroid: locality.centroid ? { lat: locality.centroid.lat, lon: locality.centroid.lon } : null,
      office: locality.office ? { lat: locality.office.lat, lon: locality.office.lon } : null,
      described: facts > 0 || relations.length > 0,
      partnered: relations.some((relation) =>
        relation.parties.some(
          (party) =>
            party !== locality.id &&
            countryOf(party) !== undefined &&
            countryOf(party) !== locality.country &&
            countryOf(party) !== "INT",
        ),
      ),
    };
  });
};
