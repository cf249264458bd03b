import type { Relation, RelationStatus } from "../../domain/relation.ts";
import { healthOfRelation } from "../../domain/rules/health-of-relation.ts";
import type { Repositories } from "../../store/repositories.ts";

/** The status each of some relations suggests, looked up after one batch of reads. */
export type Suggester = (relations: readonly Relation[]) => Promise<(relation: Relation) => RelationStatus>;

/**
 * The suggestion every page shows, from the health rule over the whole record: the reference
 * data's dates, the activity log, the indicators and the confirmations. The registry, a locality's
 * list and a relation's page then agree with its health panel (a relation revived by a logged
 * activity is not called lapsed in the list).
 */
export const suggestFromLog =
  (repos: Pick<Repositories, "activities" | "objectives">, today: Date): Suggester =>
  async (relations) => {
    const ids = relations.map((relation) => relation.id);
    const [logs, plans, confirmed] = await Promise.all([
      repos.activities.forRelations(ids),
      repos.objectives.forRelations(ids),
      repos.objectives.lastConfirmed(ids),
    ]);
    return (relation) =>
      healthOfRelation(
        relation,
        logs.get(relation.id) ?? [],
        plans.get(relation.id) ?? [],
        confirmed.get(relation.id),
        today,
      ).status;
  };
