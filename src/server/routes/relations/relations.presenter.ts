import type { Relation } from "../../../domain/relation.ts";
import { suggestStatus } from "../../../domain/rules/relation-status.ts";

/**
 * One relation in full, with the status its last dated activity suggests (the continuity check:
 * a tie recorded as active whose last activity was years ago is shown as lapsing).
 */
export const presentRelation = (relation: Relation, today: Date) => {
  const dates = [relation.start, ...relation.activities.map((activity) => activity.date)].filter(
    (date): date is string => typeof date === "string",
  );
  return { ...relation, suggestedStatus: suggestStatus(relation.status, dates, today) };
};
