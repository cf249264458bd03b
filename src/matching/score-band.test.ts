import { describe, expect, it } from "vitest";
import { bandsOf, scoreBand } from "./score-band.ts";

describe("score bands", () => {
  it("bands a candidate by its place among all candidates of the query", () => {
    expect(scoreBand(1, 100)).toBe("strong");
    expect(scoreBand(5, 100)).toBe("strong");
    expect(scoreBand(6, 100)).toBe("good");
    expect(scoreBand(15, 100)).toBe("good");
    expect(scoreBand(16, 100)).toBe("possible");
    expect(scoreBand(40, 100)).toBe("possible");
    expect(scoreBand(41, 100)).toBe("weak");
    // Among few candidates the best is in the top 10%: good, not strong.
    expect(scoreBand(1, 10)).toBe("good");
    expect(scoreBand(1, 20)).toBe("strong");
  });

  it("gives tied scores the same band, and compares places, not numbers across queries", () => {
    expect(bandsOf([0.9, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toEqual([
      "good",
      "possible",
      "possible",
      "possible",
      "weak",
      "weak",
      "weak",
      "weak",
      "weak",
      "weak",
    ]);
    // 0.31 at the top of one query is strong; 0.72 low in another is weak.
    const focused = bandsOf([0.31, ...Array.from({ length: 99 }, () => 0.05)]);
    const open = bandsOf([...Array.from({ length: 99 }, () => 0.9), 0.72]);
    expect(focused[0]).toBe("strong");
    expect(open[99]).toBe("weak");
  });
});
