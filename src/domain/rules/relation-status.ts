import { latestDay, parsePartialDate } from "../dates.ts";
import type { RelationStatus } from "../relation.ts";

/** Thresholds in years; the report calls ties with no exchange for years "lapsed" in practice. */
export const ACTIVE_WITHIN_YEARS = 2;
export const DECLINING_WITHIN_YEARS = 5;

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/**
 * The status a relation's record suggests from its most recent activity. Pending and ended are
 * decisions, not ageing, so they stand. `today` is passed in to keep the rule pure.
 */
export const suggestStatus = (
  current: RelationStatus,
  activityDates: readonly string[],
  today: Date,
): RelationStatus => {
  if (current === "pending" || current === "ended") return current;
  const latest = activityDates
    .map(parsePartialDate)
    .flatMap((date) => (date ? [latestDay(date).getTime()] : []))
    .reduce((max, time) => Math.max(max, time), Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(latest)) return current;
  const years = (today.getTime() - latest) / YEAR_MS;
  if (years <= ACTIVE_WITHIN_YEARS) return "active";
  if (years <= DECLINING_WITHIN_YEARS) return "declining";
  return "lapsed";
};
