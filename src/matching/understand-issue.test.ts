import { describe, expect, it } from "vitest";
import { catalogOf } from "../../tests/support/catalog-builder.ts";
import { normalise, understandIssue } from "./understand-issue.ts";

const catalog = catalogOf([]);
const understood = (text: string) => understandIssue(catalog, text).issues;

describe("issue understanding", () => {
  it("reads English, including phrases and plurals", () => {
    expect(understood("rocket festival")).toEqual(["festivals"]);
    expect(understood("Elderly care for ageing towns")).toEqual(["ageing-society"]);
    expect(understood("floods")).toEqual(["disasters"]);
  });

  it("reads Thai written without spaces", () => {
    expect(understood("การจัดการขยะ")).toEqual(["waste"]);
    expect(understood("ส่งเสริมการท่องเที่ยวและเมืองอัจฉริยะ")).toEqual(["tourism", "smart-city"]);
    expect(understood("ยางพารา")).toEqual(["rubber"]);
  });

  it("reads Japanese written without spaces", () => {
    expect(understood("高齢化")).toEqual(["ageing-society"]);
    expect(understood("観光とスマートシティ")).toEqual(["tourism", "smart-city"]);
  });

  it("folds spelling variants: Thai tone marks, kana, typos", () => {
    expect(understood("สมาร์ทซิตี้")).toEqual(understood("สมาร์ทซิตี"));
    expect(understood("ごみ処理")).toEqual(["waste"]);
    expect(understood("recyling")).toEqual(["waste"]);
    expect(normalise("Start-Up　ＳＭＥs")).toBe("start up smes");
  });

  it("does not find a short word inside a longer one", () => {
    expect(understood("ยางพารา")).not.toContain("medical-biotech");
    expect(understood("wastewater")).toEqual(["wastewater"]);
    expect(understood("community")).not.toContain("digital-tech");
  });

  it("expands a root to its leaves and prefers a leaf when both match", () => {
    const environment = understandIssue(catalog, "environment");
    expect(environment.issues).toEqual(["environment"]);
    expect([...environment.focus.exact]).toEqual(
      expect.arrayContaining(["waste", "wastewater", "air-quality", "low-carbon-city"]),
    );
    expect(understood("environment: waste")).toEqual(["waste"]);
  });

  it("says plainly when it understands nothing", () => {
    expect(understandIssue(catalog, "zzzz qqq").issues).toEqual([]);
    expect(understood("   ")).toEqual([]);
  });
});
