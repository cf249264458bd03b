/**
 * Coded values of the activity log and notifications, free of zod so the web bundle shares them
 * with the schemas (src/domain/activity.ts, notifications.ts) instead of keeping a copy.
 */

/** What happens under a relation, as the report lists it: visits, exchanges, training, fairs … */
export const ACTIVITY_KINDS = [
  "visit",
  "student-exchange",
  "staff-exchange",
  "training",
  "meeting",
  "trade-fair",
  "joint-project",
  "milestone",
  "other",
] as const;

export const CURRENCIES = ["THB", "JPY", "USD"] as const;

/**
 * The kinds of notice users choose among. Others may appear (a newer server, another feature):
 * they are kept, shown with a generic message, and follow the "other" preference.
 */
export const NOTICE_KINDS = [
  "proposal-step",
  "claim-awaiting",
  "review-decision",
  "need-offer-match",
  "relation-dormant",
  "report-due",
  "other",
] as const;

export const EMAIL_MODES = ["instant", "digest", "off"] as const;
