import { describe, expect, it } from "vitest";
import { earliestDay, latestDay, parsePartialDate } from "./dates.ts";

describe("partial dates", () => {
  it("takes the precision from the form", () => {
    expect(parsePartialDate("1989")).toEqual({ year: 1989, precision: "year" });
    expect(parsePartialDate("2013-10")).toEqual({ year: 2013, month: 10, precision: "month" });
    expect(parsePartialDate("2006-02-08")).toEqual({ year: 2006, month: 2, day: 8, precision: "day" });
  });

  it("rejects dates that do not exist", () => {
    for (const bad of ["2017-02-29", "2016-13", "2016-00-10", "89", "2016/02/01", "2550-01-16"]) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
    expect(parsePartialDate("2016-02-29")).toBeDefined();
  });

  it("spans the whole period a coarse date can mean", () => {
    const year = parsePartialDate("2016");
    const month = parsePartialDate("2016-02");
    if (!year || !month) throw new Error("unparsed");
    expect(earliestDay(year).toISOString().slice(0, 10)).toBe("2016-01-01");
    expect(latestDay(year).toISOString().slice(0, 10)).toBe("2016-12-31");
    expect(latestDay(month).toISOString().slice(0, 10)).toBe("2016-02-29");
  });
});
