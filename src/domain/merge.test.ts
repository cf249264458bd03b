import { describe, expect, it } from "vitest";
import { deepEqual, mergeReference } from "./merge.ts";

const base = { id: "JP-16", note: "old", population: 1000, strengths: ["a", "b"], region: "chubu" };

describe("three-way merge of a user's edit with a newer reference version", () => {
  it("takes the reference's change where the user left the field alone", () => {
    const mine = { ...base, strengths: ["a", "b", "mine"] };
    const theirs = { ...base, population: 1200 };
    const { merged, conflicts, changedFields } = mergeReference(base, mine, theirs);
    expect(merged).toEqual({ ...base, population: 1200, strengths: ["a", "b", "mine"] });
    expect(conflicts).toEqual([]);
    expect(changedFields).toEqual(["population"]);
  });

  it("merges lists item by item: the reference's removals and additions apply, the user's additions stay", () => {
    const mine = { ...base, strengths: ["a", "b", "mine"] };
    const theirs = { ...base, strengths: ["b", "new"] };
    expect(mergeReference(base, mine, theirs).merged.strengths).toEqual(["b", "mine", "new"]);
  });

  it("keeps the user's value and reports the field when both changed it differently", () => {
    const mine = { ...base, note: "user's note" };
    const theirs = { ...base, note: "reference's note" };
    const result = mergeReference(base, mine, theirs);
    expect(result.merged.note).toBe("user's note");
    expect(result.conflicts).toEqual(["note"]);
  });

  it("handles fields added or dropped by the reference", () => {
    const mine: Record<string, unknown> = { ...base };
    const { note: _dropped, ...theirs } = { ...base, area: 42 };
    const { merged } = mergeReference<Record<string, unknown>>(base, mine, theirs);
    expect(merged).toEqual({ id: "JP-16", population: 1000, strengths: ["a", "b"], region: "chubu", area: 42 });
  });

  it("compares objects regardless of key order", () => {
    expect(deepEqual({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
  });
});
