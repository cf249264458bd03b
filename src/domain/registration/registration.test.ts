import { describe, expect, it } from "vitest";
import { LocalitySchema } from "../locality.ts";
import { baseSlug, candidateIds, placeSlug } from "./locality-slug.ts";
import { registeredLocality } from "./registered-locality.ts";
import { RegistrationInputSchema } from "./registration.ts";

const input = {
  names: { th: "เทศบาลตำบลแม่ริม" },
  tier: "subdistrict-municipality",
  province: "TH-50",
  district: "แม่ริม",
};

describe("registration input", () => {
  it("accepts a Thai name alone and refuses a missing Thai name, a non-local tier and Bangkok's special id", () => {
    expect(RegistrationInputSchema.safeParse(input).success).toBe(true);
    const bad = RegistrationInputSchema.safeParse({
      ...input,
      names: { en: "Mae Rim" },
      tier: "province",
      province: "TH-S",
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(paths).toEqual(["names.th", "province", "tier"]);
  });

  it("refuses a website that is not a web address and unknown fields", () => {
    expect(RegistrationInputSchema.safeParse({ ...input, contacts: { website: "javascript:alert(1)" } }).success).toBe(
      false,
    );
    expect(RegistrationInputSchema.safeParse({ ...input, id: "TH-50-x" }).success).toBe(false);
  });
});

describe("registered locality ids", () => {
  it("keeps the place of an English name and drops the tier words, as today's ids do", () => {
    expect(baseSlug("Mae Sai Subdistrict Municipality")).toBe("mae-sai");
    expect(baseSlug("Mae Sai Subdistrict Administrative Organisation (SAO)")).toBe("mae-sai");
    expect(baseSlug("Khon Kaen City Municipality")).toBe("khon-kaen");
    expect(baseSlug("Chiang Rai Provincial Administrative Organization")).toBe("chiang-rai");
  });

  it("offers the place id first and the tier-suffixed one second", () => {
    expect(candidateIds("TH-57", "sao", "Mae Sai SAO", "x")).toEqual(["TH-57-mae-sai", "TH-57-mae-sai-sao"]);
    expect(candidateIds("TH-50", "town-municipality", undefined, "mae-rim")).toEqual([
      "TH-50-mae-rim",
      "TH-50-mae-rim-town",
    ]);
    // An English name with no Latin left falls back to the gazetteer.
    expect(candidateIds("TH-50", "sao", "  ", "mae-rim")[0]).toBe("TH-50-mae-rim");
  });

  it("takes the gazetteer's English names, else the district's with the subdistrict code", () => {
    const district = { code: "5007", names: { en: "Mae Rim District" } };
    expect(placeSlug(district)).toBe("mae-rim");
    expect(placeSlug(district, { code: "500701", names: { en: "Rim Tai" } })).toBe("rim-tai");
    expect(placeSlug(district, { code: "500701", names: {} })).toBe("mae-rim-500701");
    expect(placeSlug({ code: "5007", names: {} })).toBe("5007");
  });
});

describe("the registered locality", () => {
  const at = new Date("2026-12-06T08:00:00Z");
  const doc = registeredLocality(RegistrationInputSchema.parse(input), {
    id: "TH-50-mae-rim",
    region: "north",
    place: "place:th-5007",
    by: "7d3c2a7e-8a0c-4a36-9b1c-5d3f1e2a9b10",
    at,
  });

  it("is a valid locality under its province, self-reported and unreviewed", () => {
    expect(LocalitySchema.parse(doc)).toMatchObject({
      parent: "TH-50",
      place: "place:th-5007",
      tier_source: "self:TH-50-mae-rim:2026-12-06",
      review: { status: "unreviewed" },
    });
  });

  it("shows the Thai name where no other was given and lists those languages as untranslated", () => {
    expect(doc.names).toEqual({ th: "เทศบาลตำบลแม่ริม", en: "เทศบาลตำบลแม่ริม", ja: "เทศบาลตำบลแม่ริม" });
    expect(doc.untranslated).toEqual(["en", "ja"]);
  });
});
