import { describe, expect, it } from "vitest";
import { yearsOption } from "./years-chart.tsx";

describe("relations by starting year", () => {
  it("spaces years by time, gaps kept, labelled in the reader's era", () => {
    const option = yearsOption(
      [
        { year: 1989, count: 1 },
        { year: 1992, count: 2 },
        { year: 2013, count: 9 },
      ],
      "th",
      "Relations",
    );
    expect(option.xAxis).toMatchObject({ type: "value", min: 1989, max: 2013, minInterval: 1 });
    expect(option.series[0]?.data).toEqual([
      [1989, 1],
      [1992, 2],
      [2013, 9],
    ]);
    expect(option.xAxis.axisLabel.formatter(1989)).toBe("2532");
    expect(yearsOption([{ year: 1989, count: 1 }], "en", "x").xAxis.axisLabel.formatter(1989)).toBe("1989");
  });
});
