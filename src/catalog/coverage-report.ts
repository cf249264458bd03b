import type { Locality } from "../domain/locality.ts";
import type { Place } from "../domain/place.ts";
import type { ReferenceData } from "./reference-data.ts";

const CHECKS: Array<[string, (locality: Locality) => boolean]> = [
  ["names th/en/ja", (l) => Boolean(l.names.th && l.names.en && l.names.ja)],
  ["reading (kana)", (l) => Boolean(l.names.kana)],
  ["population", (l) => l.population !== undefined],
  ["office coordinates", (l) => l.office !== undefined],
  ["website", (l) => Boolean(l.contacts?.website)],
  ["motto", (l) => l.motto !== undefined],
  [
    "described (facts beyond identity)",
    (l) => l.strengths.length + l.challenges.length + l.industries.length + l.geography.length + l.heritage.length > 0,
  ],
];

/** Issue 12's "done when": every Japanese prefecture and municipality, complete; the Thai gazetteer. */
export const coverageReport = (data: ReferenceData, places: readonly Place[]) => {
  const japanese = data.localities.filter((locality) => locality.country === "JP");
  const group = (name: string, members: Locality[]) => ({
    group: name,
    total: members.length,
    fields: CHECKS.map(([field, check]) => ({ field, filled: members.filter(check).length, total: members.length })),
  });
  const municipalities = japanese.filter((locality) => locality.tier !== "prefecture");
  const tiers = ["designated-city", "core-city", "city", "special-ward", "town", "village"];
  const kinds = ["district", "subdistrict", "ward"] as const;
  const districts = places.filter((place) => place.kind === "district");
  return {
    groups: [
      group(
        "Japanese prefectures",
        japanese.filter((locality) => locality.tier === "prefecture"),
      ),
      group("Japanese municipalities", municipalities),
    ],
    municipalityTiers: Object.fromEntries(
      tiers.map((tier) => [tier, municipalities.filter((locality) => locality.tier === tier).length]),
    ),
    places: Object.fromEntries(kinds.map((kind) => [kind, places.filter((place) => place.kind === kind).length])),
    districtsWithEnglish: districts.filter((place) => place.names.en).length,
    districtsWithPoint: districts.filter((place) => place.centroid).length,
  };
};
