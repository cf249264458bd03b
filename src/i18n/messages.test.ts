import { describe, expect, it } from "vitest";
import { LANGS } from "../domain/text.ts";
import { MESSAGES, t } from "./index.ts";

describe("message catalogs", () => {
  it("names the report by its own titles, its funder and how far its information goes, in every language", () => {
    expect(t("th", "source.report", { from: 1, to: 2 })).toContain(
      "ความสัมพันธ์ไทย-ญี่ปุ่นในระดับท้องถิ่น: สถานะและความเป็นไปได้ในอนาคต",
    );
    expect(t("th", "source.report", { from: 1, to: 2 })).toContain("สกว.");
    for (const lang of ["en", "ja"] as const) {
      expect(t(lang, "source.report", { from: 1, to: 2 })).toContain(
        "Thailand-Japan Relations at the Local Level: Status and Future Possibility",
      );
      expect(t(lang, "source.report", { from: 1, to: 2 })).toMatch(/2018/);
    }
  });

  it("has every key in every language, with the same placeholders", () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys);
      for (const key of keys) {
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        const english = MESSAGES.en[key as keyof typeof MESSAGES.en];
        expect(placeholders(MESSAGES[lang][key as keyof typeof MESSAGES.en]), `${lang} ${key}`).toEqual(
          placeholders(english),
        );
        expect(MESSAGES[lang][key as keyof typeof MESSAGES.en].trim(), `${lang} ${key}`).not.toBe("");
      }
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("ja", "source.report", { from: 10, to: 12 })).toMatch(
      /^報告書「Thailand-Japan Relations at the Local Level: Status and Future Possibility」.*10–12行$/,
    );
    expect(t("en", "error.not_found", { kind: "locality" })).toBe('Not found: locality "{id}"');
  });
});
