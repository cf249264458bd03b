import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { formatGeneratedFile, GENERATED_DIR } from "../catalog/generated-layer.ts";
import { buildJpRecords } from "../catalog/official/jp-records.ts";
import { ENGLISH, MORPHEMES } from "../catalog/official/name-overrides.ts";
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
