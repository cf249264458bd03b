import type { Relation } from "../../domain/relation.ts";
import type { RelationFilter } from "../../store/relations.repository.ts";

type Lister = { list: (filter: RelationFilter) => Promise<{ total: number; items: Relation[] }> };

/** Big enough to need few round trips, small enough to stay under the repository's own bound. */
export const RELATION_PAGE = 5_000;

/**
 * Every relation matching a filter. The repository answers a page at a time (bounded at 10,000);
 * a watch list, a scan or a report that stopped at the bound would miss relations silently.
 */
export const everyRelation = async (
  relations: Lister,
  filter: Omit<RelationFilter, "limit" | "offset"> = {},
  page = RELATION_PAGE,
): Promise<Relation[]> => {
  const items: Relation[] = [];
  for (;;) {
    const next = await relations.list({ ...filter, limit: page, offset: items.length });
    items.push(...next.items);
    if (next.items.length < page || items.length >= next.total) return items;
  }
};
