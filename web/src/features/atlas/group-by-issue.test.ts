import { describe, expect, it } from "vitest";
import { groupByIssue } from "./group-by-issue.ts";

describe("grouping facts by issue", () => {
  it("lists a fact under every issue it names, untagged facts last", () => {
    const facts = [
      { id: 1, issues: ["waste", "environment"] },
      { id: 2, issues: [] },
      { id: 3, issues: ["tourism"] },
      { id: 4, issues: ["waste"] },
    ];
    const groups = groupByIssue(facts).map(([issue, items]) => [issue, items.map((item) => item.id)]);
    expect(groups).toEqual([
      ["waste", [1, 4]],
      ["environment", [1]],
      ["tourism", [3]],
      [null, [2]],
    ]);
  });
});
