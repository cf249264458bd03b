import { describe, expect, it } from "vitest";
import { commonEraYear, readYearInput } from "./era-year.ts";

describe("years as typed", () => {
  it("reads a year above 2400 as Buddhist Era, others as Common Era", () => {
    expect(commonEraYear(2559)).toBe(2016);
    expect(commonEraYear(2016)).toBe(2016);
    expect(readYearInput("2559")).toEqual({ ok: true, year: 2016 });
    expect(readYearInput(" 1989 ")).toEqual({ ok: true, year: 1989 });
    expect(readYearInput("๒๕๓๒")).toEqual({ ok: true, year: 1989 });
  });

  it("says why a text is not a year it can use", () => {
    expect(readYearInput("25")).toEqual({ ok: false, reason: "not-a-year" });
    expect(readYearInput("two thousand")).toEqual({ ok: false, reason: "not-a-year" });
    expect(readYearInput("1700")).toEqual({ ok: false, reason: "out-of-range" });
    expect(readYearInput("2300")).toEqual({ ok: false, reason: "out-of-range" });
    expect(readYearInput("2700")).toEqual({ ok: false, reason: "out-of-range" });
  });
});
