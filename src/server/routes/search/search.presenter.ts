import type { z } from "zod";
import type { Names, SearchEntry } from "../../../catalog/search/search-index.ts";
import type { SearchResult } from "../../../services/search.service.ts";
import type { SearchAnswer, SearchItem } from "./search.schema.ts";

/** Every language gets a name: official lists name Thai places in Thai and English only. */
const names = (given: Names) => {
  const th = given.th ?? given.en ?? given.ja ?? "";
  const en = given.en ?? th;
  return { th, en, ja: given.ja ?? en };
};

const ref = (entry: SearchEntry) => ({ kind: entry.kind, id: entry.id, names: names(entry.names) });

export const presentSearch = (results: SearchResult[]): z.infer<typeof SearchAnswer> => ({
  items: results.map(({ hit, within, localities }): z.infer<typeof SearchItem> => {
    const placeKind = hit.entry.placeKind;
    return {
      ...ref(hit.entry),
      kind: hit.entry.kind,
      ...(placeKind ? { placeKind } : {}),
      ...(within ? { within: ref(within) } : {}),
      ...(localities?.length ? { localities: localities.map(ref) } : {}),
    };
  }),
});
