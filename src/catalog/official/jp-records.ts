import type { Source } from "../../domain/source.ts";
import { parseCsv } from "./csv.ts";
import { jpNames, kanaStem, kindOfName, type NameTables } from "./jp-names.ts";
import {
  CORE_CITIES,
  DESIGNATED_CITIES,
  DESIGNATED_SOURCE,
  isNorthernTerritoriesVillage,
  regionOfPrefecture,
} from "./jp-tables.ts";

export type JpSourceFiles = { localGovernments: string; prefectures: string; census: string };

const LIST: Source = "dataset:jp-localgovjp";
const PRELIMINARY: Source = {
  ref: "dataset:jp-census-2020-preliminary",
  confidence: "medium",
  note: "preliminary count, 1 October 2020",
};
/** Hamamatsu merged its seven wards into three in January 2024; the list still has the old ones. */
const OUTDATED_WARDS = /^2213[1-7]$/;

const THAI_TITLE = /^(จังหวัด|เมือง|นคร|กรุง|หมู่บ้าน|เขต)/;

/**
 * The Thai stems of the hand-curated records are the established spellings (เมืองอุโอซุ → อุโอซุ):
 * every generated name with the same reading reuses them, prefectures first, then the given table.
 */
const curatedThaiStems = (
  localGovernments: ReadonlyArray<Record<string, string>>,
  prefectures: ReadonlyArray<Record<string, string>>,
  curated: ReadonlyArray<{ id: string; th: string }>,
  established: ReadonlyMap<string, string>,
): Map<string, string> => {
  const readings = new Map<string, string>();
  for (const row of prefectures) readings.set(`JP-${String(row.pid).padStart(2, "0")}`, row.prefshortkana ?? "");
  for (const row of localGovernments) {
    const kind = kindOfName(row.city ?? "");
    if (kind && !/\s/.test(row.city ?? ""))
      readings.set(`JP-${String(row.cid).padStart(5, "0")}`, kanaStem(row.citykana ?? "", kind));
  }
  const stems = new Map<string, string>();
  const ordered = [...curated].sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id));
  for (const { id, th } of ordered) {
    const reading = readings.get(id);
    if (reading && !stems.has(reading)) stems.set(reading, th.replace(THAI_TITLE, ""));
  }
  for (const [reading, th] of established) if (!stems.has(reading)) stems.set(reading, th);
  return stems;
};

const number = (text: string | undefined, what: string): number => {
  const value = Number(text);
  if (text === undefined || text === "" || !Number.isFinite(value)) throw new Error(`${what}: not a number: ${text}`);
  return value;
};

/**
 * Turns the official lists (DESIGN §10, ../shared/data/jp) into locality records for every
 * prefecture and municipality, and place records for the wards of designated cities. Pure: the
 * same files and tables give the same records, in code order.
 */
export const buildJpRecords = (
  files: JpSourceFiles,
  overrides: Pick<NameTables, "english" | "morphemes"> & { thai: ReadonlyMap<string, string> },
  curated: ReadonlyArray<{ id: string; th: string }>,
) => {
  const localGovernments = parseCsv(files.localGovernments);
  const prefectureRows = parseCsv(files.prefectures);
  const tables: NameTables = {
    english: overrides.english,
    morphemes: overrides.morphemes,
    thai: curatedThaiStems(localGovernments, prefectureRows, curated, overrides.thai),
  };
  // Futaba (07546), evacuated since 2011, has no 2020 count: its record has no population.
  const census = new Map(
    parseCsv(files.census)
      .filter((row) => row.population !== "")
      .map((row) => [row.area_code ?? "", number(row.population, `population of ${row.area_code}`)]),
  );
  const population = (code: string) => {
    const value = census.get(code);
    return value === undefined ? {} : { population: { value, year: 2020, source: PRELIMINARY } };
  };
  const prefectures = prefectureRows.map((row) => {
    const number2 = String(row.pid).padStart(2, "0");
    const kana = row.prefshortkana ?? "";
    const names = jpNames(number2, row.pref ?? "", kana, "prefecture", tables);
    const en = tables.english[number2] ?? row.pref_en ?? names.en;
    return {
      id: `JP-${number2}`,
      country: "JP",
      tier: "prefecture",
      parent: null,
      region: regionOfPrefecture(Number(row.pid)),
      names: {
        ...names,
        en: number2 === "13" ? `${en} Metropolis` : `${en} Prefecture`,
        kana: row.prefkana ?? kana,
        alt: [en, names.alt[1] ?? ""],
      },
      ...population(`${number2}000`),
      office: { lat: number(row.lat, "lat"), lon: number(row.lng, "lng"), source: LIST },
      contacts: { website: row.url ?? "", source: LIST },
    };
  });
  const municipalities: Array<Record<string, unknown>> = [];
  const wards: Array<Record<string, unknown>> = [];
  const designatedByName = new Map(Object.entries(DESIGNATED_CITIES).map(([code, name]) => [name, code]));
  for (const row of localGovernments) {
    const code = String(row.cid).padStart(5, "0");
    const prefecture = code.slice(0, 2);
    const [cityName = "", wardName] = (row.city ?? "").split(/\s+/);
    const [cityKana = "", wardKana] = (row.citykana ?? "").split(/\s+/);
    if (isNorthernTerritoriesVillage(code)) continue;
    const office = { lat: number(row.lat, `${code} lat`), lon: number(row.lng, `${code} lng`), source: LIST };
    if (wardName !== undefined) {
      if (OUTDATED_WARDS.test(code)) continue;
      const city = designatedByName.get(cityName);
      if (!city) throw new Error(`ward ${row.city} (${code}) is not in a designated city`);
      const names = jpNames(code, wardName, wardKana ?? "", "ward", tables);
      wards.push({
        id: `place:jp-${code}`,
        country: "JP",
        kind: "ward",
        code,
        within: `JP-${city}`,
        parent: null,
        names: { th: names.th, en: names.en, ja: `${cityName}${wardName}`, kana: names.kana },
        centroid: office,
        ...population(code),
        source: LIST,
      });
      continue;
    }
    const kind = kindOfName(cityName);
    if (!kind) throw new Error(`${cityName} (${code}) is not a city, town, village or ward`);
    const designated = DESIGNATED_CITIES[code];
    const core = CORE_CITIES[code];
    for (const [name, listed] of [
      ["designated", designated],
      ["core", core],
    ] as const) {
      if (listed !== undefined && listed !== cityName)
        throw new Error(`${name} city ${code} is ${cityName}, not ${listed}`);
    }
    const tier = designated ? "designated-city" : core ? "core-city" : kind;
    const names = jpNames(code, cityName, cityKana, kind, tables);
    municipalities.push({
      id: `JP-${code}`,
      country: "JP",
      tier,
      ...(designated || core ? { tier_source: DESIGNATED_SOURCE } : {}),
      parent: `JP-${prefecture}`,
      region: regionOfPrefecture(Number(prefecture)),
      names,
      ...population(code),
      office,
      contacts: { website: row.url ?? "", source: LIST },
      ...(row.phrase ? { motto: { ja: row.phrase, source: LIST } } : {}),
    });
  }
  for (const [list, codes] of [
    ["designated", DESIGNATED_CITIES],
    ["core", CORE_CITIES],
  ] as const) {
    for (const code of Object.keys(codes)) {
      if (!municipalities.some((record) => record.id === `JP-${code}`))
        throw new Error(`${list} city ${code} is not in the list`);
    }
  }
  return { prefectures, municipalities, wards };
};
