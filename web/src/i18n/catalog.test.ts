import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en.ts";
import { LANGS } from "../lib/lang.ts";
import { CATALOG } from "./catalog.ts";
import { createI18n } from "./create-i18n.ts";
import { initialLang, langCookie, shareUrl } from "./language.ts";
import { webEn } from "./messages/en.ts";
import { workspaceWebEn } from "./messages/workspace.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("web message catalogs", () => {
  it("has every key in every language with the same placeholders", () => {
    for (const lang of LANGS) {
      const messages: Record<string, string> = CATALOG[lang];
      for (const [key, english] of Object.entries(CATALOG.en)) {
        expect(messages[key]?.trim(), `${lang} ${key}`).toBeTruthy();
        expect(placeholders(messages[key] ?? ""), `${lang} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it("does not redefine a key of the server's catalogs", () => {
    expect(Object.keys({ ...webEn, ...workspaceWebEn }).filter((key) => key in en)).toEqual([]);
    expect(Object.keys(workspaceWebEn).filter((key) => key in webEn)).toEqual([]);
  });

  it("translates dotted keys and {placeholders} through i18next", async () => {
    const i18n = await createI18n("ja");
    expect(i18n.t("relation.status.active")).toBe(CATALOG.ja["relation.status.active"]);
    expect(i18n.t("pair.title", { a: "チェンマイ", b: "富山" })).toBe("チェンマイと富山");
    await i18n.changeLanguage("th");
    expect(i18n.t("match.rank", { rank: 2 })).toBe("อันดับ 2");
  });
});

describe("the reader's language", () => {
  it("prefers the stored choice, then the cookie, then the browser, then Thai", () => {
    expect(initialLang("ja", "lang=en", ["th-TH"])).toBe("ja");
    expect(initialLang(null, "a=1; lang=en", ["th-TH"])).toBe("en");
    expect(initialLang("xx", "", ["fr-FR", "ja-JP"])).toBe("ja");
    expect(initialLang(null, "", ["fr-FR"])).toBe("th");
  });

  it("opens a shared link in the language it was sent in, and shares with the language", () => {
    expect(initialLang("en", "lang=en", ["en-GB"], "ja")).toBe("ja");
    expect(initialLang("en", "", [], "xx")).toBe("en");
    expect(shareUrl("https://jubkoo.example/match/pair?a=TH-50&b=JP-16", "th")).toBe(
      "https://jubkoo.example/match/pair?a=TH-50&b=JP-16&lang=th",
    );
    expect(shareUrl("https://jubkoo.example/atlas?lang=en#x", "ja")).toBe("https://jubkoo.example/atlas?lang=ja#x");
  });

  it("writes a year-long lang cookie for the whole site", () => {
    expect(langCookie("th")).toBe("lang=th; path=/; max-age=31536000; samesite=lax");
  });
});
