import type { Catalog } from "../catalog/catalog.ts";
import { buildSearchIndex, type SearchEntry, type SearchHit, searchIndex } from "../catalog/search/search-index.ts";
import type { Place } from "../domain/place.ts";
import type { Repositories } from "../store/repositories.ts";
import type { CatalogCache } from "./catalog.service.ts";

export type SearchResult = {
  hit: SearchHit;
  within?: SearchEntry | undefined;
  /** For a Thai district or subdistrict: the local governments on record in its province there. */
  localities?: SearchEntry[];
};

type Index = { entries: SearchEntry[]; byId: Map<string, SearchEntry>; places: Map<string, Place> };

/**
 * Site-wide search over the catalog and the gazetteer. The index is built once per catalog (it is
 * rebuilt when a write invalidates the catalog) and a query is a scan of normalised keys.
 */
export const createSearch = (catalogs: CatalogCache, repos: Pick<Repositories, "places">) => {
  const indexes = new WeakMap<Catalog, Promise<Index>>();
  const indexFor = (catalog: Catalog): Promise<Index> => {
    let index = indexes.get(catalog);
    if (!index) {
      index = repos.places.list().then((places) => {
        const entries = buildSearchIndex(catalog, places);
        return {
          entries,
          byId: new Map(entries.map((entry) => [entry.id, entry])),
          places: new Map(places.map((place) => [place.id, place])),
        };
      });
      indexes.set(catalog, index);
    }
    return index;
  };

  return async (text: string, limit: number): Promise<SearchResult[]> => {
    const catalog = await catalogs.get();
    const index = await indexFor(catalog);
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    for (const hit of searchIndex(index.entries, text, limit)) {
      if (seen.has(hit.entry.id)) continue;
      seen.add(hit.entry.id);
      const within = hit.entry.within ? index.byId.get(hit.entry.within) : undefined;
      const place = index.places.get(hit.entry.id);
      const localities = place && place.country === "TH" ? localGovernmentsAt(catalog, place, index) : undefined;
      results.push({ hit, within, ...(localities ? { localities } : {}) });
    }
    return results;
  };
};

/** Bodies below the province whose name carries the place's name (อำเภอแม่สาย → เทศบาลตำบลแม่สาย). */
const localGovernmentsAt = (catalog: Catalog, place: Place, index: Index): SearchEntry[] => {
  const stem = place.names.th?.replace(/^(อำเภอ|ตำบล|เขต|แขวง)/, "").replace(/^เมือง/, "");
  if (!stem) return [];
  return (catalog.childrenOf.get(place.within) ?? [])
    .filter((locality) => locality.names.th.includes(stem))
    .flatMap((locality) => index.byId.get(locality.id) ?? []);
};

export type Search = ReturnType<typeof createSearch>;
