import { z } from "zod";
import { EMAIL_MODES, NOTICE_KINDS } from "./continuity-vocabulary.ts";

export { EMAIL_MODES, NOTICE_KINDS };
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export type EmailMode = (typeof EMAIL_MODES)[number];

export const PreferencesSchema = z
  .object({
    kinds: z
      .partialRecord(z.enum(NOTICE_KINDS), z.boolean())
      .default({})
      .describe("Kinds switched on (true) or off (false); a kind not named is on"),
    email: z
      .enum(EMAIL_MODES)
      .default("instant")
      .describe("instant: each notice by email as it comes; digest: one email a week; off: in the inbox only"),
  })
  .strict();
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { kinds: {}, email: "instant" };

export const kindOf = (kind: string): NoticeKind =>
  (NOTICE_KINDS as readonly string[]).includes(kind) ? (kind as NoticeKind) : "other";

/** What becomes of a notice for a user: kept for the inbox or not, and how it is mailed. */
export type Delivery = { isKept: false } | { isKept: true; email: "pending" | "digest" | "none" };

export const deliveryFor = (preferences: Preferences, kind: string): Delivery => {
  if (preferences.kinds[kindOf(kind)] === false) return { isKept: false };
  const email = preferences.email === "instant" ? "pending" : preferences.email === "digest" ? "digest" : "none";
  return { isKept: true, email };
};

const MINUTE = 60_000;
/** Retries back off from a minute, doubling, to six hours at most: a dead server delays, never loses. */
export const MAX_BACKOFF_MS = 6 * 60 * MINUTE;
export const retryDelayMs = (attempts: number): number =>
  Math.min(MAX_BACKOFF_MS, MINUTE * 2 ** Math.max(0, attempts - 1));

/**
 * The digest week starts on Monday 01:00 UTC (08:00 in Bangkok, 10:00 in Tokyo). Returns the start
 * of the week `now` is in.
 */
export const digestWeekStart = (now: Date): Date => {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 1));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  if (day > now) day.setUTCDate(day.getUTCDate() - 7);
  return day;
};
