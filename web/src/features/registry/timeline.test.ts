import { describe, expect, it } from "vitest";
import type { RelationSummary } from "../../api/types.ts";
import { timelineOf } from "./timeline.ts";

const relation = (id: string, start: string | null): RelationSummary => ({
  id,
  start,
  type: "sister-city",
  status: "active",
  title: { th: id, en: id, ja: id },
  parties: [],
});

describe("the relations timeline", () => {
  it("groups by starting year, oldest first, undated last", () => {
    const groups = timelineOf([
      relation("c", "2013-11-04"),
      relation("x", null),
      relation("a", "1989-08"),
      relation("b", "2013"),
    ]);
    expect(groups.map((group) => [group.year, group.relations.map((item) => item.id)])).toEqual([
      [1989, ["a"]],
      [2013, ["b", "c"]],
      [null, ["x"]],
    ]);
  });
});
