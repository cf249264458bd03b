import { useApi } from "../../api/use-api.ts";

export type PlaceOption = { id: string; code: string; names: { th?: string; en?: string } };

const TITLE = /^(อำเภอ|เขต|ตำบล|แขวง|กิ่งอำเภอ)\s*/;
const bare = (name: string | undefined): string => (name ?? "").replace(TITLE, "").trim().toLowerCase();

/** The district a typed name or code points to, as the server's placement will read it. */
export const districtOf = (districts: readonly PlaceOption[], typed: string): PlaceOption | undefined => {
  const wanted = bare(typed.replace(/\s+district$/i, ""));
  if (!wanted) return undefined;
  return districts.find(
    (place) =>
      place.code === typed.trim() ||
      bare(place.names.th) === wanted ||
      bare(place.names.en?.replace(/\s+district$/i, "")) === wanted,
  );
};

/** The gazetteer's districts of a province and, once a district is known, its subdistricts. */
export const usePlaceSuggestions = (province: string, district: string) => {
  const districts = useApi<{ items: PlaceOption[] }>(
    "/api/places",
    { within: province, kind: "district" },
    { enabled: province !== "", staleTime: Number.POSITIVE_INFINITY },
  );
  const chosen = districtOf(districts.data?.items ?? [], district);
  const subdistricts = useApi<{ items: PlaceOption[] }>(
    "/api/places",
    { within: province, kind: "subdistrict", parent: chosen?.id },
    { enabled: chosen !== undefined, staleTime: Number.POSITIVE_INFINITY },
  );
  return { districts: districts.data?.items ?? [], subdistricts: chosen ? (subdistricts.data?.items ?? []) : [] };
};
