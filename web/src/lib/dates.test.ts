import { describe, expect, it } from "vitest";
import { displayYear, formatPartialDate, parsePartialDate } from "./dates.ts";

describe("partial dates", () => {
  it("keeps the precision the date was recorded with", () => {
    expect(parsePartialDate("1989")?.precision).toBe("year");
    expect(parsePartialDate("1989-08")?.precision).toBe("month");
    expect(parsePartialDate("1989-08-15")).toEqual({ year: 1989, month: 8, day: 15, precision: "day" });
    expect(parsePartialDate("August 1989")).toBeUndefined();
  });

  it("shows Thai readers the Buddhist Era (year + 543)", () => {
    expect(formatPartialDate("1989", "th")).toContain("2532");
    expect(formatPartialDate("1989", "th")).not.toContain("1989");
    expect(formatPartialDate("1989-08", "th")).toBe("สิงหาคม 2532");
    expect(formatPartialDate("1989-08-15", "th")).toBe("15 สิงหาคม 2532");
    expect(displayYear(2020, "th")).toBe("2563");
  });

  it("uses the Gregorian year in English and Japanese, at the recorded precision", () => {
    expect(formatPartialDate("1989", "en")).toBe("1989");
    expect(formatPartialDate("1989-08", "en")).toBe("August 1989");
    expect(formatPartialDate("1989-08-15", "en")).toBe("15 August 1989");
    expect(formatPartialDate("1989-08-15", "ja")).toBe("1989年8月15日");
    expect(formatPartialDate("1989-08", "ja")).toBe("1989年8月");
    expect(displayYear(2020, "ja")).toBe("2020");
  });

  it("gives a Japanese date standing alone its era year, as official usage does", () => {
    expect(formatPartialDate("2016", "ja", { withEra: true })).toBe("2016年（平成28年）");
    expect(formatPartialDate("2016-11", "ja", { withEra: true })).toBe("2016年11月（平成28年）");
    expect(formatPartialDate("1989-08-15", "ja", { withEra: true })).toBe("1989年8月15日（平成元年）");
    expect(formatPartialDate("1989", "ja", { withEra: true })).toBe("1989年（昭和64年／平成元年）");
    expect(formatPartialDate("2019-05", "ja", { withEra: true })).toBe("2019年5月（令和元年）");
    expect(formatPartialDate("2016", "en", { withEra: true })).toBe("2016");
    expect(formatPartialDate("2016", "th", { withEra: true })).toBe("พ.ศ. 2559");
    expect(formatPartialDate("2016", "ja")).toBe("2016年");
  });

  it("leaves text it cannot read as it is", () => {
    expect(formatPartialDate("circa 1990", "th")).toBe("circa 1990");
  });
});
