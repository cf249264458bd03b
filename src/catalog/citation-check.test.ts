import { describe, expect, it } from "vitest";
import { locality, vocabulary } from "../../tests/support/catalog-builder.ts";
import { checkCitations, claimsOf, isInCited, unmarkedWesternYears } from "./citation-check.ts";

describe("citation and year checks", () => {
  it("finds the years and numbers a statement makes", () => {
    expect(claimsOf("Signed in 2013; 1,200,000 baht for 131 cities in 24 countries (Table 8.1)")).toEqual([
      "2013",
      "1200000",
      "131",
    ]);
  });

  it("accepts a year the report writes in either era, and numbers with or without separators", () => {
    expect(isInCited("2014", "ในเดือนตุลาคม 2014 เทศบาลเมืองยูกิ")).toBe(true);
    expect(isInCited("2014", "(ไทยนิวส์, 2557)")).toBe(true);
    expect(isInCited("1200000", "มอบเงิน 1,200,000 บาท")).toBe(true);
    expect(isInCited("2024", "ในเดือนตุลาคม 2014")).toBe(false);
    expect(isInCited("130", "1301 คน")).toBe(false);
  });

  it("reads Thai digits and closes up the spaces the PDF extraction leaves inside a number", () => {
    expect(isInCited("2013", "ลงนามเมื่อปี ๒๕๕๖")).toBe(true);
    expect(isInCited("1990", "ด าเนินการตั้งแต่ปี 1 990")).toBe(true);
    expect(isInCited("2300", "800 ทุน ทุนละ 2 ,300 บาท")).toBe(true);
    // Two separate figures stay separate: a two-digit number, or a group of other than three digits.
    expect(isInCited("1990", "ข้อ 11 990 คน")).toBe(false);
    expect(isInCited("2016", "ครั้งที่ 2 016")).toBe(true);
    expect(isInCited("2016", "ครั้งที่ 2 0160")).toBe(false);
  });

  it("writes out a figure given with a Thai multiplier, and keeps the figure as written", () => {
    expect(isInCited("800000", "มีงบประมาณไม่มากนัก (ปีละประมาณ 8 แสนบาท)")).toBe(true);
    expect(isInCited("1200000", "มอบเงิน 1.2 ล้านบาท")).toBe(true);
    expect(isInCited("130000", "ไม่ต่ำกว่า 130,000 ล้านบาท")).toBe(true);
    expect(isInCited("80000", "ปีละประมาณ 8 แสนบาท")).toBe(false);
  });

  it("flags a Western year in Thai text unless marked ค.ศ. or part of a Latin-script name", () => {
    expect(unmarkedWesternYears("ลงนามเมื่อปี 2013")).toEqual(["2013"]);
    expect(unmarkedWesternYears("ลงนามเมื่อปี 2556 (ค.ศ. 2013)")).toEqual([]);
    expect(unmarkedWesternYears("ออกบูธในงาน THAIFEX 2016")).toEqual([]);
    expect(unmarkedWesternYears("ประชากร 1,200,000 คน")).toEqual([]);
  });
});

describe("a designation holding's theme", () => {
  const withTheme = (th: string) =>
    locality({
      id: "JP-47",
      designations: [
        {
          id: "jp-national-strategic-zone",
          source: "gk:high",
          theme: { th, en: "international tourism", ja: "国際観光" },
        },
      ],
    });
  const warnings = (th: string) =>
    checkCitations(
      { ...vocabulary(), localities: [withTheme(th)], organisations: [], relations: [], needsOffers: [] },
      new Map(),
      undefined,
    );

  it("is read like any other text: a Western year in its Thai is flagged", () => {
    expect(warnings("การท่องเที่ยวระหว่างประเทศ 2014").map((warning) => warning.field)).toEqual(["designations.0.theme"]);
    expect(warnings("การท่องเที่ยวระหว่างประเทศ")).toEqual([]);
  });
});
