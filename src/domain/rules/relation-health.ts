import { latestDay, parsePartialDate } from "../dates.ts";
import type { RelationStatus } from "../relation.ts";
import { ACTIVE_WITHIN_YEARS, DECLINING_WITHIN_YEARS } from "./relation-status.ts";

/**
 * How alive a relation is, from its record: how long since anything was recorded (recency), how
 * often things happen (frequency), whether last year's indicator targets were met, and whether a
 * party has confirmed the record lately. Pure: `today` and every date come in.
 *
 * The rule, in words:
 * - up to 24 months after the last activity a relation is active — unless that was its only activity
 *   in two years, more than 12 months ago, and last year's targets were missed: then declining;
 * - 24 to 60 months of silence is declining — unless last year's targets were met (work goes on
 *   without logged events): then active;
 * - beyond 60 months it is lapsed — or declining if last year's targets were met;
 * - pending and ended are decisions and one-off events do not age: they stand.
 * A relation silent for 18 months or more that has not lapsed is "going dormant": facilitators see
 * it and its editors are told, so it surfaces before it lapses. A record no party has confirmed for
 * 12 months is "unverified since" its last confirmation (or never confirmed).
 */
export const SILENT_WARNING_MONTHS = 18;
export const UNVERIFIED_AFTER_MONTHS = 12;
const ACTIVE_MONTHS = ACTIVE_WITHIN_YEARS * 12;
const DECLINING_MONTHS = DECLINING_WITHIN_YEARS * 12;
const LONE_ACTIVITY_MONTHS = 12;

export type HealthInput = {
  form?: "ongoing" | "one-off" | undefined;
  status: RelationStatus;
  /** When it began; a relation signed and never heard of since is silent from then. */
  start?: string | null | undefined;
  /** Dates of every counted activity (reference and logged), at their recorded precision. */
  activityDates: readonly string[];
  /** When a party's editor last confirmed the record (explicitly, or by logging or confirming an activity). */
  confirmations: readonly Date[];
  /** Last completed year's indicators with a target: met or not. */
  indicators: ReadonlyArray<{ isMet: boolean }>;
  /** The year the indicators are for. */
  indicatorYear: number;
};

export type HealthReason =
  | { code: "decided"; status: RelationStatus }
  | { code: "one-off" }
  | { code: "silent"; months: number; since: string }
  | { code: "never-active"; since: string }
  | { code: "no-dates" }
  | { code: "frequency"; count: number; months: number }
  | { code: "lone-activity"; months: number }
  | { code: "indicators"; year: number; met: number; total: number };

export type Health = {
  status: RelationStatus;
  reasons: HealthReason[];
  lastActivity: string | null;
  monthsSilent: number | null;
  isGoingDormant: boolean;
  /** Null while verified; otherwise since when (ISO date), or "never". */
  unverifiedSince: string | "never" | null;
};

/** Whole months from a to b (b later), counting a month once its day of month is reached. */
export const monthsBetween = (a: Date, b: Date): number => {
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  return Math.max(0, b.getUTCDate() < a.getUTCDate() ? months - 1 : months);
};

const latestOf = (dates: readonly string[]): { date: string; last: Date } | undefined => {
  let best: { date: string; last: Date } | undefined;
  for (const date of dates) {
    const parsed = parsePartialDate(date);
    if (!parsed) continue;
    const last = latestDay(parsed);
    if (!best || last > best.last) best = { date, last };
  }
  return best;
};

const unverified = (confirmations: readonly Date[], today: Date): Health["unverifiedSince"] => {
  const last = confirmations.reduce<Date | undefined>((max, at) => (!max || at > max ? at : max), undefined);
  if (!last) return "never";
  return monthsBetween(last, today) >= UNVERIFIED_AFTER_MONTHS ? last.toISOString().slice(0, 10) : null;
};

export const relationHealth = (input: HealthInput, today: Date): Health => {
  const unverifiedSince = unverified(input.confirmations, today);
  const past = input.activityDates.filter((date) => {
    const parsed = parsePartialDate(date);
    return parsed !== undefined && latestDay(parsed) <= today;
  });
  const last = latestOf(past);
  const anchor = last ?? latestOf(input.start ? [input.start] : []);
  const monthsSilent = anchor ? monthsBetween(anchor.last, today) : null;
  const base = { lastActivity: last?.date ?? null, monthsSilent, unverifiedSince };
  if (input.form === "one-off")
    return { ...base, status: input.status, reasons: [{ code: "one-off" }], isGoingDormant: false };
  if (input.status === "pending" || input.status === "ended")
    return {
      ...base,
      status: input.status,
      reasons: [{ code: "decided", status: input.status }],
      isGoingDormant: false,
    };
  if (!anchor || monthsSilent === null)
    return { ...base, status: input.status, reasons: [{ code: "no-dates" }], isGoingDormant: false };

  const reasons: HealthReason[] = [
    last ? { code: "silent", months: monthsSilent, since: anchor.date } : { code: "never-active", since: anchor.date },
  ];
  const recent = past.filter((date) => {
    const parsed = parsePartialDate(date);
    return parsed !== undefined && monthsBetween(latestDay(parsed), today) <= ACTIVE_MONTHS;
  }).length;
  if (recent > 0) reasons.push({ code: "frequency", count: recent, months: ACTIVE_MONTHS });
  const met = input.indicators.filter((indicator) => indicator.isMet).length;
  const total = input.indicators.length;
  if (total > 0) reasons.push({ code: "indicators", year: input.indicatorYear, met, total });
  const targetsMet = total > 0 && met * 2 >= total;
  const targetsMissed = total > 0 && !targetsMet;

  let status: RelationStatus;
  if (monthsSilent <= ACTIVE_MONTHS) {
    const isLone = recent === 1 && monthsSilent > LONE_ACTIVITY_MONTHS;
    if (isLone) reasons.push({ code: "lone-activity", months: ACTIVE_MONTHS });
    status = isLone && targetsMissed ? "declining" : "active";
  } else if (monthsSilent <= DECLINING_MONTHS) status = targetsMet ? "active" : "declining";
  else status = targetsMet ? "declining" : "lapsed";
  const isGoingDormant = status !== "lapsed" && monthsSilent >= SILENT_WARNING_MONTHS;
  return { ...base, status, reasons, isGoingDormant };
};
