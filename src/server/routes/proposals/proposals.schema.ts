import { z } from "zod";
import { LocalityIdSchema } from "../../../domain/ids.ts";
import { PROPOSAL_ACTS, TRIP_ACTS } from "../../../domain/policy/proposal-roles.ts";
import { ProposalContentSchema } from "../../../domain/proposals/proposal.ts";
import { STEPS } from "../../../domain/proposals/steps.ts";
import { AGENCIES } from "../../../domain/proposals/workflow.ts";
import { TripContentSchema } from "../../../domain/trips/trip.ts";

const Lang = z.enum(["th", "en", "ja"]).optional().describe("Language of messages (th, en, ja)");
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "v.date");

export const IdParams = z.object({ id: z.string().min(1).max(100).describe("Proposal id") });
export const DocumentParams = IdParams.extend({ documentId: z.string().min(1).max(100).describe("Document id") });
export const LangQuery = z.object({ lang: Lang });

export const ProposalBodySchema = ProposalContentSchema.describe("What the proposal says; all of it editable");

export const ProposalUpdateSchema = z
  .object({
    content: ProposalContentSchema,
    reason: z.string().trim().max(1000).optional().describe("Why it changed: kept in the history"),
  })
  .strict();

export const FromPairSchema = z
  .object({
    a: LocalityIdSchema.describe("One locality of the pair (either order)"),
    b: LocalityIdSchema.describe("The other locality"),
    issue: z.string().trim().max(200).optional().describe("The issue the pair was evaluated on, as typed"),
  })
  .strict();

export const ActBodySchema = z
  .object({
    act: z.enum(PROPOSAL_ACTS).describe("The step taken, or what is recorded at the current step"),
    comment: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .describe("Comments; required to return, reject, record an agency's view, report, or pass warnings"),
    on: IsoDay.optional().describe("The day it happened: required for signing, entry into force, council approval"),
    agency: z.enum(AGENCIES).optional().describe("For an agency's comment: mfa, nia, nsc or nesdb"),
    documents: z.array(z.string().max(100)).max(20).optional().describe("Ids of documents attached to the proposal"),
  })
  .strict();

export const ListQuery = z.object({
  step: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",") : undefined))
    .pipe(z.array(z.enum(STEPS)).optional())
    .describe("Comma-separated steps"),
  lang: Lang,
});

export const TripBodySchema = TripContentSchema;
export const TripActBodySchema = z
  .object({
    act: z.enum(TRIP_ACTS).exclude(["submit"]),
    comment: z.string().trim().max(4000).optional().describe("Required to reject or return"),
    content: TripContentSchema.optional().describe("The revised request, when sending it again"),
  })
  .strict();
