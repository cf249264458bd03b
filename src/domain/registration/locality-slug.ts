import type { RegistrableTier } from "./registration.ts";

/** The words an English name of a Thai local body carries for its tier; the id keeps the place's name. */
const TIER_WORDS =
  /\b(provincial administrative organi[sz]ation|subdistrict administrative organi[sz]ation|tambon administrative organi[sz]ation|city municipality|town municipality|subdistrict municipality|tambon municipality|municipality|pao|sao|tao|\(sao\)|\(pao\))/gi;

/** As today's ids tell bodies of the same name apart (TH-57-mae-sai, TH-57-mae-sai-sao). */
export const TIER_SUFFIX: Record<RegistrableTier, string> = {
  pao: "pao",
  "city-municipality": "city",
  "town-municipality": "town",
  "subdistrict-municipality": "municipality",
  sao: "sao",
};

/** Lowercase ASCII words joined by hyphens; "" when nothing Latin is left. */
export const slugify = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** The place part of an English name: "Mae Rim Subdistrict Municipality" → "mae-rim". */
export const baseSlug = (englishName: string): string =>
  slugify(englishName.replace(TIER_WORDS, " ").replace(/\b(district|subdistrict|tambon)\b/gi, " "));

type NamedPlace = { code: string; names: { en?: string | undefined } };

/**
 * The place part of an id when the registrant gave no English name: the gazetteer's English name
 * of the subdistrict, else the district's with the subdistrict's code (a published romanisation,
 * so nobody invents a transliteration).
 */
export const placeSlug = (district: NamedPlace, subdistrict?: NamedPlace): string => {
  const fromSub = subdistrict?.names.en ? baseSlug(subdistrict.names.en) : "";
  if (fromSub) return fromSub;
  const fromDistrict = district.names.en ? baseSlug(district.names.en) : "";
  const districtPart = fromDistrict || district.code;
  return subdistrict ? `${districtPart}-${subdistrict.code}` : districtPart;
};

/** The ids a registration may take, in order: TH-NN-<place>, then TH-NN-<place>-<tier>. */
export const candidateIds = (
  province: string,
  tier: RegistrableTier,
  englishName: string | undefined,
  fallbackSlug: string,
): string[] => {
  const base = (englishName ? baseSlug(englishName) : "") || fallbackSlug;
  return [`${province}-${base}`, `${province}-${base}-${TIER_SUFFIX[tier]}`];
};
