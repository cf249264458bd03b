import { describe, expect, it } from "vitest";
import type { Relation } from "../../domain/relation.ts";
import type { RelationFilter } from "../../store/relations.repository.ts";
import { everyRelation } from "./every-relation.ts";

/** A repository of n relations that, like the real one, answers at most `bound` at a time. */
const repository = (n: number, bound: number) => {
  const all = Array.from({ length: n }, (_, index) => ({ id: `r-${index}` }) as Relation);
  const calls: RelationFilter[] = [];
  return {
    calls,
    list: async (filter: RelationFilter) => {
      calls.push(filter);
      const offset = filter.offset ?? 0;
      return { total: n, items: all.slice(offset, offset + Math.min(filter.limit ?? bound, bound)) };
    },
  };
};

describe("every relation, a page at a time", () => {
  it("reads past the repository's bound, each relation once", async () => {
    const repo = repository(23, 10);
    const items = await everyRelation(repo, { party: "TH-50" }, 10);
    expect(items.map((relation) => relation.id)).toEqual(Array.from({ length: 23 }, (_, index) => `r-${index}`));
    expect(repo.calls).toEqual([
      { party: "TH-50", limit: 10, offset: 0 },
      { party: "TH-50", limit: 10, offset: 10 },
      { party: "TH-50", limit: 10, offset: 20 },
    ]);
  });

  it("stops at an exact multiple of the page and on an empty repository", async () => {
    const exact = repository(20, 10);
    expect(await everyRelation(exact, {}, 10)).toHaveLength(20);
    expect(exact.calls).toHaveLength(2);
    const empty = repository(0, 10);
    expect(await everyRelation(empty, {}, 10)).toEqual([]);
    expect(empty.calls).toHaveLength(1);
  });
});
