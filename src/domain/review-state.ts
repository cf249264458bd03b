import { z } from "zod";

export const UserIdSchema = z.uuid().describe("A user account id");

const TimestampSchema = z.iso.datetime({ offset: true }).describe("An instant, ISO 8601");

/** Who entered a record or fact in the workspace, and when. */
export const EntrySchema = z
  .object({ by: UserIdSchema, at: TimestampSchema })
  .strict()
  .describe("Entered in the workspace by a user");
export type Entry = z.infer<typeof EntrySchema>;

export const REVIEW_STATUSES = ["unreviewed", "reviewed"] as const;

/**
 * What an editor says about their own locality is published at once and marked unreviewed until a
 * facilitator has looked at it.
 */
export const ReviewStateSchema = z
  .object({
    status: z.enum(REVIEW_STATUSES),
    by: UserIdSchema.optional().describe("The facilitator who reviewed it"),
    at: TimestampSchema.optional(),
  })
  .strict()
  .describe("Review of what a user entered");
export type ReviewState = z.infer<typeof ReviewStateSchema>;
