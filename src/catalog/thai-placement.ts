import type { Place } from "../domain/place.ts";
import { normaliseForSearch } from "./search/normalise.ts";

export type PlacementInput = {
  /** The province: TH-NN (Bangkok TH-10). */
  province: string;
  /** The district (amphoe, or khet in Bangkok): its DOPA code, or its name in Thai or English. */
  district: string;
  /** Optionally the subdistrict (tambon, or khwaeng): code or Thai name. */
  subdistrict?: string | undefined;
};

export type Placement =
  | { ok: true; parent: string; district: Place; subdistrict?: Place; place: string }
  | { ok: false; field: "province" | "district" | "subdistrict"; reason: "unknown" | "ambiguous"; candidates: Place[] };

const TITLE = /^(อำเภอ|เขต|ตำบล|แขวง|กิ่งอำเภอ)/;
const key = (text: string) => normaliseForSearch(text.replace(TITLE, "").replace(/\s+(district|subdistrict)$/i, ""));

const find = (candidates: readonly Place[], text: string): Place[] => {
  const wanted = text.trim();
  const byCode = candidates.filter((place) => place.code === wanted);
  if (byCode.length) return byCode;
  const name = key(wanted);
  return candidates.filter((place) =>
    [place.names.th, place.names.en].some((candidate) => candidate !== undefined && key(candidate) === name),
  );
};

/**
 * Where a Thai local government that registers itself belongs: under its province (the locality's
 * parent) and in a district, and a subdistrict if given, of the gazetteer. Names are matched as
 * search matches them (with or without อำเภอ, tone marks aside); an unknown or ambiguous name is
 * refused with the candidates, so the form can offer them.
 */
export const placeThaiLocalGovernment = (places: readonly Place[], input: PlacementInput): Placement => {
  const inProvince = places.filter((place) => place.country === "TH" && place.within === input.province);
  if (inProvince.length === 0) return { ok: false, field: "province", reason: "unknown", candidates: [] };
  const districts = inProvince.filter((place) => place.kind === "district");
  const [district, ...others] = find(districts, input.district);
  if (!district) return { ok: false, field: "district", reason: "unknown", candidates: districts };
  if (others.length) return { ok: false, field: "district", reason: "ambiguous", candidates: [district, ...others] };
  if (input.subdistrict === undefined || input.subdistrict.trim() === "")
    return { ok: true, parent: input.province, district, place: district.id };
  const subdistricts = inProvince.filter((place) => place.parent === district.id);
  const [subdistrict, ...rest] = find(subdistricts, input.subdistrict);
  if (!subdistrict) return { ok: false, field: "subdistrict", reason: "unknown", candidates: subdistricts };
  if (rest.length) return { ok: false, field: "subdistrict", reason: "ambiguous", candidates: [subdistrict, ...rest] };
  return { ok: true, parent: input.province, district, subdistrict, place: subdistrict.id };
};
