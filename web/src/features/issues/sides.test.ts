import { describe, expect, it } from "vitest";
import type { NeedOffer } from "../../api/types.ts";
import { quadrantsOf } from "./sides.ts";

const item = (id: string, party: string, kind: "need" | "offer"): NeedOffer => ({
  id,
  party,
  kind,
  text: { th: id, en: id, ja: id },
  issues: ["waste"],
  source: "gk:high",
});

describe("needs and offers by side", () => {
  it("sorts each into the Thai or Japanese side, need or offer", () => {
    const quadrants = quadrantsOf([
      item("a", "TH-50", "need"),
      item("b", "JP-40100", "offer"),
      item("c", "org:jp-clair", "offer"),
      item("d", "org:th-moi", "offer"),
      item("e", "org:int-un", "need"),
    ]);
    const ids = (list: NeedOffer[]) => list.map((entry) => entry.id);
    expect(ids(quadrants.TH.need)).toEqual(["a"]);
    expect(ids(quadrants.TH.offer)).toEqual(["d"]);
    expect(ids(quadrants.JP.offer)).toEqual(["b", "c"]);
    expect(ids(quadrants.JP.need)).toEqual([]);
  });
});
