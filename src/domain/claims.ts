import { z } from "zod";
import { PartialDateSchema } from "./dates.ts";
import { UserSourceInputSchema } from "./editing.ts";
import { PartyIdSchema, SlugSchema } from "./ids.ts";
import { CHANNELS, RelationStatusSchema, RelationTypeSchema } from "./relation.ts";
import { UserTextSchema } from "./text.ts";

/** A relation as an editor proposes it, or proposes to correct it; it waits for the other party. */
export const RelationClaimSchema = z
  .object({
    type: RelationTypeSchema,
    parties: z.array(PartyIdSchema).min(2).max(10).describe("The parties, the proposer's locality among them"),
    title: UserTextSchema,
    start: PartialDateSchema.nullable().optional(),
    end: PartialDateSchema.nullable().optional(),
    status: RelationStatusSchema.default("active"),
    issues: z.array(SlugSchema).max(12).default([]),
    channel: z.enum(CHANNELS).optional(),
    source: UserSourceInputSchema,
    comment: z.string().trim().max(2000).optional().describe("What the reviewer should know"),
  })
  .strict()
  .refine((claim) => new Set(claim.parties).size === claim.parties.length, {
    message: "a party is listed twice",
    path: ["parties"],
  });
export type RelationClaim = z.infer<typeof RelationClaimSchema>;

export const DecisionInputSchema = z
  .object({
    decision: z.enum(["approve", "reject", "request-changes"]),
    reason: z.string().trim().max(2000).optional().describe("Required to reject or to ask for changes"),
  })
  .strict();

export const WithdrawInputSchema = z.object({ reason: z.string().trim().max(2000).optional() }).strict();
