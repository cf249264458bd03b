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
