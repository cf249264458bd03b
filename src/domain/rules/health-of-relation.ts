import { isCounted, type LoggedActivity } from "../activity.ts";
import { indicatorYear, type Objective } from "../objectives.ts";
import type { Relation, RelationStatus } from "../relation.ts";
import { type Health, relationHealth } from "./relation-health.ts";

/** The health of a relation's whole record: its reference activities, its log, its plan and its confirmations. */
export const healthOfRelation = (
  relation: Relation,
  logged: readonly LoggedActivity[],
  objectives: readonly Objective[],
  lastConfirmed: Date | undefined,
  today: Date,
): Health => {
  const lastYear = today.getUTCFullYear() - 1;
  const counted = logged.filter(isCounted);
  const indicators = objectives
    .flatMap((objective) => objective.indicators)
    .map((indicator) => indicatorYear(indicator, counted, lastYear))
    .flatMap((progress) => (progress.isMet === null ? [] : [{ isMet: progress.isMet }]));
  return relationHealth(
    {
      form: relation.form,
      status: relation.status,
      start: relation.start ?? null,
      activityDates: [
        ...relation.activities.flatMap((activity) => (activity.date ? [activity.date] : [])),
        ...counted.map((activity) => activity.date),
      ],
      confirmations: lastConfirmed ? [lastConfirmed] : [],
      indicators,
      indicatorYear: lastYear,
    },
    today,
  );
};

/** Every relation's log and plan, by relation id: what the health rule reads beyond the record. */
export type LogsAndPlans = {
  logs: ReadonlyMap<string, readonly LoggedActivity[]>;
  plans: ReadonlyMap<string, readonly Objective[]>;
};

/**
 * The status the health rule suggests for any relation, from a snapshot of the logs and plans: one
 * rule for the registry, the relation page, a locality's profile and the national statistics, so
 * that a relation revived by a logged activity is called the same everywhere. (Confirmations only
 * say whether a record is verified; they do not change the status.)
 */
export const healthSuggester =
  (inputs: LogsAndPlans, today: Date) =>
  (relation: Relation): RelationStatus =>
    healthOfRelation(
      relation,
      inputs.logs.get(relation.id) ?? [],
      inputs.plans.get(relation.id) ?? [],
      undefined,
      today,
    ).status;
