import { describe, expect, it } from "vitest";
import { normaliseSource, parseSourceRef, SourceSchema } from "./source.ts";

describe("source references", () => {
  it("parses report line ranges, single lines, datasets and general knowledge", () => {
    expect(parseSourceRef("report:7628-7640")).toEqual({ kind: "report", from: 7628, to: 7640 });
    expect(parseSourceRef("report:283")).toEqual({ kind: "report", from: 283, to: 283 });
    expect(parseSourceRef("dataset:jp-census-2020")).toEqual({ kind: "dataset", id: "jp-census-2020" });
    expect(parseSourceRef("gk:medium")).toEqual({ kind: "general-knowledge", confidence: "medium" });
  });

  it("rejects reversed ranges, line zero and unknown forms", () => {
    for (const bad of ["report:20-10", "report:0", "gk:certain", "wikipedia", "dataset:", "report:12-"]) {
      expect(parseSourceRef(bad), bad).toBeUndefined();
      expect(SourceSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("keeps a transcribed figure's confidence and defaults report citations to high", () => {
    expect(normaliseSource({ ref: "dataset:jp-census-2020", confidence: "medium" }).confidence).toBe("medium");
    expect(normaliseSource("report:10").confidence).toBe("high");
    expect(normaliseSource("gk:low").confidence).toBe("low");
  });
});
