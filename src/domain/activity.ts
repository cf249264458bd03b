import { z } from "zod";
import { ACTIVITY_KINDS, CURRENCIES } from "./continuity-vocabulary.ts";
import { earliestDay, latestDay, type PartialDate, PartialDateSchema, parsePartialDate } from "./dates.ts";
import { UserSourceInputSchema } from "./editing.ts";
import { PartyIdSchema, SlugSchema } from "./ids.ts";
import { EntrySchema, UserIdSchema } from "./review-state.ts";
import { SourceSchema } from "./source.ts";
import { UserTextSchema } from "./text.ts";

export { ACTIVITY_KINDS, CURRENCIES };
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Logged activities are published at once, marked as reported by one side, and reviewed like a
 * relation claim: the other party's editor confirms or declines, a facilitator approves, rejects
 * or asks for changes. A rejected or declined activity leaves the timeline and the figures.
 */
export const ACTIVITY_STATES = ["reported", "confirmed", "changes-requested", "rejected"] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

const ParticipantsSchema = z
  .object({
    party: PartyIdSchema.describe("The side: a party of the relation"),
    count: z.number().int().min(0).max(1_000_000).optional().describe("How many people took part"),
    offices: z
      .array(z.string().trim().min(1).max(200))
      .max(20)
      .default([])
      .describe("Names of the offices or organisations that took part"),
  })
  .strict();

const SpendingSchema = z
  .object({
    party: PartyIdSchema.describe("Who paid"),
    amount: z.number().min(0).max(1e12).describe("Amount spent"),
    currency: z.enum(CURRENCIES),
  })
  .strict();

const IndicatorValueSchema = z
  .object({
    indicator: z.string().min(1).max(40).describe("An indicator id of the relation's objectives"),
    value: z.number().min(0).max(1e12).describe("What this activity adds to it"),
  })
  .strict();

const datesInOrder = (input: { date: string; endDate?: string | undefined }) =>
  !input.endDate || input.endDate >= input.date;

export const ActivityInputSchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    title: UserTextSchema.describe("What it was, in one line"),
    description: UserTextSchema.optional(),
    date: PartialDateSchema.describe("When it took place or will take place, at the precision known"),
    endDate: PartialDateSchema.optional().describe("Last day, for activities over several days"),
    participants: z.array(ParticipantsSchema).max(10).default([]).describe("Who took part, per side"),
    outcomes: z.array(UserTextSchema).max(20).default([]).describe("What came of it"),
    indicatorValues: z.array(IndicatorValueSchema).max(20).default([]),
    spending: z.array(SpendingSchema).max(10).default([]).describe("Budget spent, per side"),
    issues: z.array(SlugSchema).max(12).default([]).describe("Issue ids from the taxonomy"),
    sources: z
      .array(UserSourceInputSchema)
      .min(1, "v.activity-source")
      .max(10)
      .describe("Where it is documented: the reporting office's word, or documents (minutes, press, photos)"),
    isPublic: z.boolean().default(true).describe("Shown to visitors (the public calendar and relation page)"),
    reason: z.string().trim().max(1000).optional().describe("Why: kept in the record's history"),
  })
  .strict()
  .refine(datesInOrder, { message: "v.end-before-start", path: ["endDate"] });
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

/** A logged activity as stored: the input with its sources resolved, who entered it, and its review. */
export const LoggedActivitySchema = z
  .object({
    id: z.string().min(1),
    relationId: SlugSchema,
    kind: z.enum(ACTIVITY_KINDS),
    title: UserTextSchema,
    description: UserTextSchema.optional(),
    date: PartialDateSchema,
    endDate: PartialDateSchema.optional(),
    participants: z.array(ParticipantsSchema),
    outcomes: z.array(UserTextSchema),
    indicatorValues: z.array(IndicatorValueSchema),
    spending: z.array(SpendingSchema),
    issues: z.array(SlugSchema),
    sources: z.array(SourceSchema).min(1),
    isPublic: z.boolean(),
    /** The party the reporting editor speaks for; null when a facilitator entered it. */
    reportedFor: PartyIdSchema.nullable(),
    entered: EntrySchema,
    state: z.enum(ACTIVITY_STATES),
    reviewedBy: UserIdSchema.optional(),
    reviewedAt: z.string().optional(),
  })
  .strict()
  .refine(datesInOrder, { message: "v.end-before-start", path: ["endDate"] });
export type LoggedActivity = z.infer<typeof LoggedActivitySchema>;

/** Activities that count: on the timeline, in health and in the reports. */
export const isCounted = (activity: Pick<LoggedActivity, "state">): boolean => activity.state !== "rejected";

/** The first and last day an activity can mean, for calendars and for "in year Y". */
export const activitySpan = (activity: { date: string; endDate?: string | undefined }) => {
  const start = parsePartialDate(activity.date) as PartialDate;
  const end = activity.endDate ? (parsePartialDate(activity.endDate) as PartialDate) : start;
  return { start, end, first: earliestDay(start), last: latestDay(end) };
};

/** The year an activity is counted in: the year it began. */
export const activityYear = (activity: { date: string }): number => Number(activity.date.slice(0, 4));
