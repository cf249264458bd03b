import type { Relation } from "../../../domain/relation.ts";
import { suggestedStatusOf } from "../../../domain/rules/relation-status.ts";

/**
 * A relation with the status its last dated activity suggests (the continuity check: a tie
 * recorded as active whose last activity was years ago is shown as lapsing).
 */
export const presentRelation = (relation: Relation, today: Date) => ({
  ...relation,
  suggestedStatus: suggestedStatusOf(relation, today),
});
