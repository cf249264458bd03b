import { latestDay, parsePartialDate } from "../dates.ts";
import type { Relation, RelationForm, RelationStatus } from "../relation.ts";

/** Thresholds in years; the report calls ties with no exchange for years "lapsed" in practice. */
export const ACTIVE_WITHIN_YEARS = 2;
export const DECLINING_WITHIN_YEARS = 5;

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** What the status rule reads of a relation: its form, its recorded status and every date it has. */
export type StatusInput = { form: RelationForm; status: RelationStatus; dates: readonly string[] };

/** The latest day any of the dates can mean, or undefined when none is a date. */
export const lastDate = (dates: readonly string[]): Date | undefined => {
  const latest = dates
    .map(parsePartialDate)
    .flatMap((date) => (date ? [latestDay(date).getTime()] : []))
    .reduce((max, time) => Math.max(max, time), Number.NEGATIVE_INFINITY);
  return Number.isFinite(latest) ? new Date(latest) : undefined;
};

/**
 * The status a relation's record suggests from its most recent dated activity. A one-off event
 * does not age: it was held (or is still announced). Pending and ended are decisions, not ageing,
 * so they stand. `today` is passed in to keep the rule pure.
 */
export const suggestStatus = ({ form, status, dates }: StatusInput, today: Date): RelationStatus => {
  if (form === "one-off" || status === "pending" || status === "ended") return status;
  const latest = lastDate(dates);
  if (!latest) return status;
  const years = (today.getTime() - latest.getTime()) / YEAR_MS;
  if (years <= ACTIVE_WITHIN_YEARS) return "active";
  if (years <= DECLINING_WITHIN_YEARS) return "declining";
  return "lapsed";
};

/** Every date a relation's record holds: its start and its activities. */
export const relationDates = (relation: Pick<Relation, "start" | "activities">): string[] =>
  [relation.start, ...relation.activities.map((activity) => activity.date)].filter(
    (date): date is string => typeof date === "string",
  );

/** The status a whole relation record suggests as of `today`. */
export const suggestedStatusOf = (
  relation: Pick<Relation, "form" | "status" | "start" | "activities">,
  today: Date,
): RelationStatus =>
  suggestStatus({ form: relation.form, status: relation.status, dates: relationDates(relation) }, today);
