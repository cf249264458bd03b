import { describe, expect, it } from "vitest";
import { LANGS } from "../domain/text.ts";
import { MESSAGES, t } from "./index.ts";

describe("message catalogs", () => {
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
    expect(t("ja", "source.report", { from: 10, to: 12 })).toBe("報告書 10–12行");
    expect(t("en", "error.not_found", { kind: "locality" })).toBe('Not found: locality "{id}"');
  });
});
