import type { Place } from "../../domain/place.ts";
import type { Catalog } from "../catalog.ts";
import { normaliseForSearch } from "./normalise.ts";

export type SearchKind = "locality" | "place" | "relation" | "organisation" | "issue";

export type Names = { th?: string | undefined; en?: string | undefined; ja?: string | undefined };

/** One thing search can find, with every spelling it answers to, already normalised. */
export type SearchEntry = {
  kind: SearchKind;
  id: string;
  names: Names;
  keys: string[];
  /** For places: district, subdistrict or ward. */
  placeKind?: Place["kind"];
  /** Where it is: a place's locality, a municipality's prefecture or province. */
  within?: string | undefined;
  /** Ties go to the better-known: a described profile, a larger population. */
  weight: number;
};

const KIND_ORDER: Record<SearchKind, number> = { locality: 5, place: 4, organisation: 3, relation: 2, issue: 1 };

const keysOf = (...texts: Array<string | undefined>): string[] => [
  ...new Set(
    texts
      .filter((text): text is string => Boolean(text))
      .map(normaliseForSearch)
      .filter(Boolean),
  ),
];

/** Thai and Japanese titles that people often leave out when they type a name. */
const TITLES = /^(จังหวัด|เมือง|นคร|กรุง|หมู่บ้าน|เขต|อำเภอ|ตำบล|แขวง|เทศบาลนคร|เทศบาลเมือง|เทศบาลตำบล|องค์การบริหารส่วนตำบล)/;
const bare = (name: string | undefined) => name?.replace(TITLES, "");

export const buildSearchIndex = (catalog: Catalog, places: readonly Place[]): SearchEntry[] => {
  const entries: SearchEntry[] = [];
  for (const locality of catalog.data.localities) {
    const described =
      locality.strengths.length + locality.challenges.length + locality.industries.length + locality.heritage.length;
    entries.push({
      kind: "locality",
      id: locality.id,
      names: locality.names,
      keys: keysOf(
        locality.id,
        locality.names.th,
        bare(locality.names.th),
        locality.names.en,
        locality.names.ja,
        locality.names.kana,
        ...(locality.names.alt ?? []),
      ),
      within: locality.parent ?? undefined,
      weight: KIND_ORDER.locality * 10 + Math.min(described, 20) / 4 + Math.log10(locality.population?.value ?? 1) / 4,
    });
  }
  for (const place of places) {
    entries.push({
      kind: "place",
      id: place.id,
      placeKind: place.kind,
      names: place.names,
      keys: keysOf(place.names.th, bare(place.names.th), place.names.en, place.names.ja, place.names.kana, place.code),
      within: place.within,
      weight: KIND_ORDER.place * 10 + (place.kind === "subdistrict" ? 0 : 1),
    });
  }
  for (const organisation of catalog.data.organisations) {
    entries.push({
      kind: "organisation",
      id: organisation.id,
      names: organisation.names,
      keys: keysOf(
        organisation.id,
        organisation.abbr,
        organisation.names.th,
        organisation.names.en,
        organisation.names.ja,
        ...(organisation.names.alt ?? []),
      ),
      weight: KIND_ORDER.organisation * 10,
    });
  }
  for (const relation of catalog.data.relations) {
    entries.push({
      kind: "relation",
      id: relation.id,
      names: relation.title,
      keys: keysOf(relation.id, relation.title.th, relation.title.en, relation.title.ja),
      weight: KIND_ORDER.relation * 10,
    });
  }
  for (const issue of catalog.data.issues) {
    entries.push({
      kind: "issue",
      id: issue.id,
      names: issue.label,
      keys: keysOf(issue.id, issue.label.th, issue.label.en, issue.label.ja, ...Object.values(issue.synonyms).flat()),
      weight: KIND_ORDER.issue * 10,
    });
  }
  return entries;
};

/** How well a normalised query meets an entry's best key: whole name, start of a name, or inside one. */
const matchScore = (query: string, keys: readonly string[]): number => {
  let best = 0;
  for (const key of keys) {
    if (key === query) return 100;
    if (best < 70 && key.startsWith(query)) best = 70 - Math.min(20, key.length - query.length);
    else if (best < 40 && key.includes(query)) best = 40 - Math.min(20, key.length - query.length);
  }
  return best;
};

export type SearchHit = { entry: SearchEntry; score: number };

/** Best first: how well the text matches, then kind and standing; ids break ties so order never varies. */
export const searchIndex = (entries: readonly SearchEntry[], text: string, limit: number): SearchHit[] => {
  const query = normaliseForSearch(text);
  if (query.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const score = matchScore(query, entry.keys);
    if (score > 0) hits.push({ entry, score: score + entry.weight });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  return hits.slice(0, limit);
};
