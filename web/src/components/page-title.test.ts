import { describe, expect, it } from "vitest";
import { CATALOG } from "../i18n/catalog.ts";
import { LANGS } from "../lib/lang.ts";
import { pageTitle } from "./page-title.ts";

describe("the brand in titles and navigation", () => {
  it("never repeats the brand, in any language", () => {
    for (const lang of LANGS) {
      const brand = CATALOG[lang]["app.name"];
      const home = pageTitle(undefined, brand, lang);
      expect(home.split(" · ").length, lang).toBe(new Set(home.split(" · ")).size);
      expect(pageTitle(CATALOG[lang]["match.title"], brand, lang)).not.toMatch(/^(.+) · \1$/);
    }
  });

  it("names the match page apart from the brand, and uses チャップクー in Japanese", () => {
    for (const lang of LANGS) {
      expect(CATALOG[lang]["nav.match"], lang).not.toBe(CATALOG[lang]["app.name"]);
      expect(CATALOG[lang]["match.title"], lang).not.toBe(CATALOG[lang]["app.name"]);
    }
    expect(CATALOG.th["nav.match"]).toBe("ค้นหาคู่ความร่วมมือ");
    expect(CATALOG.ja["app.name"]).toBe("チャップクー");
    expect(Object.values(CATALOG.ja).join(" ")).not.toContain("ジャブクー");
  });
});
