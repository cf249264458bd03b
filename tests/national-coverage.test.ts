import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { coverageReport } from "../src/catalog/coverage-report.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import { LocalitySchema } from "../src/domain/locality.ts";
import { importOfficialJapan, importOfficialThailand } from "../src/services/official-import.service.ts";

/**
 * Every Japanese local government is in the atlas (issue 12), the generated records are exactly
 * what the import writes from the official lists, and no hand-curated fact is lost on the way.
 */
const config = loadConfig(process.env);
const { data, places } = loadReferenceData(config.dataDir);
const japanese = data.localities.filter((locality) => locality.country === "JP");
const municipalities = japanese.filter((locality) => locality.tier !== "prefecture");

describe("national coverage", () => {
  it("has 47 prefectures and 1,741 municipalities, each with names, population, office and website", () => {
    expect(japanese.filter((locality) => locality.tier === "prefecture")).toHaveLength(47);
    expect(municipalities).toHaveLength(1741);
    const counts = Object.fromEntries(
      ["designated-city", "core-city", "city", "special-ward", "town", "village"].map((tier) => [
        tier,
        municipalities.filter((locality) => locality.tier === tier).length,
      ]),
    );
    expect(counts).toEqual({
      "designated-city": 20,
      "core-city": 62,
      city: 710,
      "special-ward": 23,
      town: 743,
      village: 183,
    });
    for (const locality of japanese) {
      expect(locality.names.kana, locality.id).toBeTruthy();
      expect(locality.office, locality.id).toBeDefined();
      expect(locality.contacts?.website, locality.id).toMatch(/^https?:\/\//);
    }
    // Futaba (07546) has been evacuated since 2011 and the 2020 census counted nobody there.
    expect(japanese.filter((locality) => !locality.population).map((locality) => locality.id)).toEqual(["JP-07546"]);
    expect(japanese.some((locality) => /^JP-0169[5-9]|JP-01700/.test(locality.id))).toBe(false);
  });

  it("reports the coverage `data report` prints: names, population, office and website for all", () => {
    const coverage = coverageReport(data, places);
    const filled = (group: number, field: string) =>
      coverage.groups[group]?.fields.find((entry) => entry.field === field)?.filled;
    expect(coverage.groups.map((group) => group.total)).toEqual([47, 1741]);
    for (const field of ["names th/en/ja", "office coordinates", "website"]) expect(filled(1, field), field).toBe(1741);
    expect(filled(1, "population")).toBe(1740);
    expect(coverage.places).toEqual({ district: 928, subdistrict: 7475, ward: 168 });
  });

  it("keeps wards of designated cities as places inside their city, not as partners", () => {
    const wards = places.filter((place) => place.kind === "ward");
    expect(wards.length).toBe(168);
    expect(wards.find((ward) => ward.id === "place:jp-01101")).toMatchObject({ within: "JP-01100" });
    expect(data.localities.some((locality) => locality.id === "JP-01101")).toBe(false);
  });

  it("keeps every field of every hand-curated record exactly as written", () => {
    const dir = join(config.dataDir, "localities", "jp");
    const byId = new Map(data.localities.map((locality) => [locality.id, locality]));
    let compared = 0;
    for (const name of readdirSync(dir)) {
      const raw = parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>;
      const curated = LocalitySchema.parse(raw);
      const loaded = byId.get(curated.id);
      for (const key of Object.keys(raw)) {
        const field = key as keyof typeof curated;
        if (field === "names") {
          const { alt, ...names } = curated.names;
          expect(loaded?.names, curated.id).toMatchObject(names);
          expect(loaded?.names.alt?.slice(0, alt?.length ?? 0), curated.id).toEqual(alt ?? []);
        } else expect(loaded?.[field], `${curated.id}.${key}`).toEqual(curated[field]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("fills what a curated record lacks from the official lists", () => {
    const uozu = data.localities.find((locality) => locality.id === "JP-16204");
    expect(uozu?.population).toMatchObject({ value: 40585, source: { ref: "dataset:jp-census-2020-preliminary" } });
    expect(uozu?.contacts?.website).toBe("https://www.city.uozu.toyama.jp/");
    const yokohama = data.localities.find((locality) => locality.id === "JP-14100");
    // The curated record has the final census figure: it stays.
    expect(yokohama?.population?.value).toBe(3777491);
  });

  const sourceDir = config.officialJpDir;
  it.runIf(existsSync(sourceDir))("regenerates byte for byte what is committed (the import is reproducible)", () => {
    const copy = mkdtempSync(join(tmpdir(), "jubkoo-import-"));
    cpSync(config.dataDir, copy, { recursive: true });
    importOfficialJapan(copy, sourceDir);
    for (const folder of ["localities", "places"]) {
      const committed = join(config.dataDir, "generated", folder);
      for (const name of readdirSync(committed).filter((file) => file.startsWith("jp-"))) {
        expect(readFileSync(join(copy, "generated", folder, name), "utf8"), name).toBe(
          readFileSync(join(committed, name), "utf8"),
        );
      }
    }
  });

  it("has Thailand's 928 districts and 7,475 subdistricts as places, each in its province", () => {
    const districts = places.filter((place) => place.kind === "district");
    const subdistricts = places.filter((place) => place.kind === "subdistrict");
    expect(districts).toHaveLength(928);
    expect(subdistricts).toHaveLength(7475);
    expect(districts.every((district) => district.names.en && district.names.th)).toBe(true);
    expect(districts.find((district) => district.names.th === "อำเภอแม่สาย")).toMatchObject({
      code: "5709",
      within: "TH-57",
      names: { en: "Mae Sai District" },
    });
    for (const sub of subdistricts) expect(sub.parent, sub.id).toBe(`place:th-${sub.code.slice(0, 4)}`);
  });

  it("regenerates the Thai gazetteer byte for byte from the pinned packages", () => {
    const copy = mkdtempSync(join(tmpdir(), "jubkoo-import-"));
    cpSync(config.dataDir, copy, { recursive: true });
    importOfficialThailand(copy);
    const committed = join(config.dataDir, "generated", "places");
    const names = readdirSync(committed).filter((file) => file.startsWith("th-"));
    expect(names).toHaveLength(77);
    for (const name of names)
      expect(readFileSync(join(copy, "generated", "places", name), "utf8"), name).toBe(
        readFileSync(join(committed, name), "utf8"),
      );
  });
});
