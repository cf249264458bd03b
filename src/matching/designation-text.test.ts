import { describe, expect, it } from "vitest";
import { catalogOf, locality } from "../../tests/support/catalog-builder.ts";
import { profileOf } from "./profile.ts";

describe("a designation held by a place inside the locality", () => {
  const holding = (heldBy?: string[]) =>
    locality({
      id: "JP-12",
      designations: [{ id: "jp-future-city", source: "gk:high", ...(heldBy ? { heldBy } : {}) }],
    });
  const kashiwa = locality({ id: "JP-12217", tier: "city", parent: "JP-12" });
  const quoted = (prefecture: ReturnType<typeof locality>) => {
    const catalog = catalogOf([prefecture, kashiwa]);
    return profileOf(catalog, prefecture).designations[0]?.text;
  };

  it("names the places that hold it, in each language", () => {
    const text = quoted(holding(["JP-12217"]));
    const plain = quoted(holding());
    expect(text?.en).toBe(`${plain?.en}: JP-12217`);
    expect(text?.th).toBe(`${plain?.th}: th:JP-12217`);
    expect(text?.ja).toBe(`${plain?.ja}：ja:JP-12217`);
  });
});

describe("a designation whose holding has a theme", () => {
  const theme = { th: "การท่องเที่ยวระหว่างประเทศ", en: "international tourism", ja: "国際観光" };
  const zone = (extra: { theme?: typeof theme; heldBy?: string[] }) =>
    locality({ id: "JP-47", designations: [{ id: "jp-national-strategic-zone", source: "gk:high", ...extra }] });
  const naha = locality({ id: "JP-47201", tier: "city", parent: "JP-47" });
  const quoted = (prefecture: ReturnType<typeof locality>) =>
    profileOf(catalogOf([prefecture, naha]), prefecture).designations[0]?.text;

  it("says what the holding is about after the name, with each language's brackets", () => {
    const plain = quoted(zone({}));
    const text = quoted(zone({ theme }));
    expect(text?.en).toBe(`${plain?.en} (international tourism)`);
    expect(text?.th).toBe(`${plain?.th} (การท่องเที่ยวระหว่างประเทศ)`);
    expect(text?.ja).toBe(`${plain?.ja}（国際観光）`);
  });

  it("puts the theme before the places that hold it", () => {
    const plain = quoted(zone({}));
    const text = quoted(zone({ theme, heldBy: ["JP-47201"] }));
    expect(text?.en).toBe(`${plain?.en} (international tourism): JP-47201`);
    expect(text?.ja).toBe(`${plain?.ja}（国際観光）：ja:JP-47201`);
  });
});

describe("a themed designation whose name already ends in brackets", () => {
  it("takes the theme inside the name's brackets, not a second pair", () => {
    const heritage = locality({
      id: "JP-10",
      designations: [
        {
          id: "jp-world-heritage",
          source: "gk:high",
          theme: { th: "โรงสาวไหมโทมิโอกะ", en: "Tomioka Silk Mill", ja: "富岡製糸場" },
        },
      ],
    });
    const catalog = catalogOf([heritage]);
    const names = catalog.designations.get("jp-world-heritage")?.names;
    const text = profileOf(catalog, heritage).designations[0]?.text;
    expect(names?.en.endsWith(")")).toBe(true);
    expect(text?.en).toBe(`${names?.en.slice(0, -1)}; Tomioka Silk Mill)`);
    expect(text?.ja).toBe(`${names?.ja.slice(0, -1)}、富岡製糸場）`);
    expect(text?.en).not.toMatch(/\) \(/);
  });
});
