import { describe, expect, it } from "vitest";
import { diffRecords } from "./diff.ts";

describe("a readable diff of two versions of a record", () => {
  it("names each changed field by its path", () => {
    expect(diffRecords({ a: 1, b: { c: "x" } }, { a: 2, b: { c: "x", d: true } })).toEqual([
      { kind: "set", path: "a", before: 1, after: 2 },
      { kind: "added", path: "b.d", value: true },
    ]);
  });

  it("lists items added to and removed from a list rather than the whole list", () => {
    const before = { strengths: [{ text: "rice" }, { text: "silk" }] };
    const after = { strengths: [{ text: "silk" }, { text: "ceramics" }] };
    expect(diffRecords(before, after)).toEqual([
      { kind: "removed", path: "strengths", value: { text: "rice" } },
      { kind: "added", path: "strengths", value: { text: "ceramics" } },
    ]);
  });

  it("describes a creation and a deletion as one change of the whole record", () => {
    expect(diffRecords(null, { id: "x" })).toEqual([{ kind: "added", path: "", value: { id: "x" } }]);
    expect(diffRecords({ id: "x" }, null)).toEqual([{ kind: "removed", path: "", value: { id: "x" } }]);
  });

  it("sees nothing when only the key order differs", () => {
    expect(diffRecords({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([]);
  });
});
