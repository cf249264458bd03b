import type { Relation, RelationStatus } from "../domain/relation.ts";
import { suggestedStatusOf } from "../domain/rules/relation-status.ts";
import type { RelationFilter } from "../store/relations.repository.ts";
import type { Repositories } from "../store/repositories.ts";

export type ListedRelation = Relation & { suggestedStatus: RelationStatus };

/**
 * The registry as readers see it: each relation with the status its last dated activity suggests
 * as of `today`, and a status filter that means that suggested status (what the pages show). The
 * suggestion moves with the date, so it is filtered here rather than in SQL; the registry is small.
 */
export const listRelations = async (
  repos: Pick<Repositories, "relations">,
  filter: RelationFilter,
  today: Date,
): Promise<{ total: number; items: ListedRelation[] }> => {
  const withSuggestion = (relation: Relation): ListedRelation => ({
    ...relation,
    suggestedStatus: suggestedStatusOf(relation, today),
  });
  const { status, limit, offset = 0, ...rest } = filter;
  if (!status) {
    const page = await repos.relations.list({ ...rest, limit, offset });
    return { total: page.total, items: page.items.map(withSuggestion) };
  }
  const matching = (await repos.relations.list(rest)).items
    .map(withSuggestion)
    .filter((relation) => relation.suggestedStatus === status);
  return {
    total: matching.length,
    items: matching.slice(offset, limit === undefined ? undefined : offset + limit),
  };
};
