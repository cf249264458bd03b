import { describe, expect, it } from "vitest";
import type { RelationSummary } from "../../api/types.ts";
import { categoryOf, graphOf } from "./graph-option.ts";

const relation = (id: string, parties: string[]): RelationSummary => ({
  id,
  type: "mou",
  status: "active",
  title: { th: id, en: id, ja: id },
  parties,
});

describe("the relation graph", () => {
  it("links parties, a hub to each member for a relation of many parties", () => {
    const { nodes, links } = graphOf(
      [relation("r1", ["TH-50", "JP-16"]), relation("net", ["org:int-citynet", "TH-10", "JP-40"])],
      (id) => id.toLowerCase(),
      (item) => item.id,
    );
    expect(links.map((link) => [link.source, link.target, link.relation])).toEqual([
      ["TH-50", "JP-16", "r1"],
      ["org:int-citynet", "TH-10", "net"],
      ["org:int-citynet", "JP-40", "net"],
    ]);
    expect(nodes.find((node) => node.id === "org:int-citynet")).toMatchObject({ value: 2, name: "org:int-citynet" });
    expect(nodes).toHaveLength(5);
  });

  it("colours by side and kind", () => {
    expect(["TH-50", "JP-40100", "org:th-moi", "org:jp-clair", "org:int-un"].map(categoryOf)).toEqual([0, 1, 2, 3, 4]);
  });
});
