import { isCounted, type LoggedActivity } from "../activity.ts";
import { indicatorYear, type Objective } from "../objectives.ts";
import type { Relation } from "../relation.ts";
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
