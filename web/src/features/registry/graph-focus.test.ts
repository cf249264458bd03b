import { describe, expect, it } from "vitest";
import type { LocalitySummary, RelationSummary } from "../../api/types.ts";
import { defaultFocus, focusFromParam, focusRelations, focusToParam } from "./graph-focus.ts";

const relation = (id: string, parties: string[], issues: string[]): RelationSummary => ({
  id,
  type: "mou",
  status: "active",
  title: { th: id, en: id, ja: id },
  parties,
  issues,
});

const relations = [
  relation("a", ["TH-50", "JP-16"], ["waste", "tourism"]),
  relation("b", ["TH-10", "JP-40"], ["waste"]),
  relation("c", ["TH-21", "JP-24"], ["air-quality"]),
];
const regions: Record<string, string> = { "TH-50": "north", "TH-10": "central", "TH-21": "east" };
const locality = (id: string) => (regions[id] ? ({ id, region: regions[id] } as LocalitySummary) : undefined);

describe("the network's focus", () => {
  it("starts on the issue most relations share, not on everything", () => {
    expect(defaultFocus(relations)).toEqual({ kind: "issue", value: "waste" });
    expect(defaultFocus([])).toEqual({ kind: "all" });
  });

  it("keeps the relations of an issue or of a region's localities", () => {
    expect(focusRelations(relations, { kind: "issue", value: "waste" }, locality).map((r) => r.id)).toEqual(["a", "b"]);
    expect(focusRelations(relations, { kind: "region", value: "north" }, locality).map((r) => r.id)).toEqual(["a"]);
    expect(focusRelations(relations, { kind: "all" }, locality)).toHaveLength(3);
  });

  it("round-trips through the URL and ignores what it cannot read", () => {
    for (const focus of [
      { kind: "issue", value: "waste" },
      { kind: "region", value: "kinki" },
      { kind: "all" },
    ] as const)
      expect(focusFromParam(focusToParam(focus))).toEqual(focus);
    expect(focusFromParam("colour:red")).toBeUndefined();
  });
});
