import type { Relation, RelationStatus } from "../domain/relation.ts";
import { suggestedStatusOf } from "../domain/rules/relation-status.ts";
import type { RelationFilter } from "../store/relations.repository.ts";
import type { Repositories } from "../store/repositories.ts";
import type { Suggester } from "./continuity/suggested-status.ts";

export type ListedRelation = Relation & { suggestedStatus: RelationStatus };

/**
 * The registry as readers see it: each relation with the status its last dated activity suggests
 * as of `today`, and a status filter that means that suggested status (what the pages show). The
 * suggestion moves with the date, so it is filtered here rather than in SQL; the registry is small.
 * By default the record's own dates suggest it; the server passes the health rule over the
 * activity log (src/services/continuity/suggested-status.ts).
 */
export const listRelations = async (
  repos: Pick<Repositories, "relations">,
  filter: RelationFilter,
  today: Date,
  suggest: Suggester = async () => (relation) => suggestedStatusOf(relation, today),
): Promise<{ total: number; items: ListedRelation[] }> => {
  const withSuggestions = async (relations: Relation[]): Promise<ListedRelation[]> => {
    const suggestionOf = await suggest(relations);
    return relations.map((relation) => ({ ...relation, suggestedStatus: suggestionOf(relation) }));
  };
  const { status, limit, offset = 0, ...rest } = filter;
  if (!status) {
    const page = await repos.relations.list({ ...rest, limit, offset });
    return { total: page.total, items: await withSuggestions(page.items) };
  }
  const matching = (await withSuggestions((await repos.relations.list(rest)).items)).filter(
    (relation) => relation.suggestedStatus === status,
  );
  return {
    total: matching.length,
    items: matching.slice(offset, limit === undefined ? undefined : offset + limit),
  };
};
