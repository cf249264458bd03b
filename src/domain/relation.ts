import { z } from "zod";
import { PartialDateSchema } from "./dates.ts";
import { PartyIdSchema, SlugSchema } from "./ids.ts";
import { EntrySchema, ReviewStateSchema } from "./review-state.ts";
import { SourceSchema } from "./source.ts";
import { TextSchema, UserTextSchema } from "./text.ts";
import { RELATION_STATUSES, RELATION_TYPES } from "./vocabulary.ts";

export { RELATION_STATUSES, RELATION_TYPES };

export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const RelationStatusSchema = z.enum(RELATION_STATUSES);
export type RelationStatus = z.infer<typeof RelationStatusSchema>;

export const CHANNELS = [
  "central-initiated",
  "local-initiated",
  "organisation-mediated",
  "multilateral-network",
  "private-civil",
] as const;

export const ActivitySchema = z
  .object({
    date: PartialDateSchema.nullable().optional(),
    text: TextSchema,
    source: SourceSchema,
    note: z.string().optional(),
  })
  .strict()
  .describe("Something that happened under a relation");
export type Activity = z.infer<typeof ActivitySchema>;

export const ConflictSchema = z
  .object({
    field: z.string().min(1).describe("Which field the sources disagree on"),
    readings: z
      .array(z.object({ value: z.string().min(1), source: SourceSchema }).strict())
      .min(2)
      .describe("Every reading, each with its source"),
    note: z.string().optional(),
  })
  .strict()
  .describe("A place where sources disagree: every reading is kept");
export type Conflict = z.infer<typeof ConflictSchema>;

export const RelationSchema = z
  .object({
    id: SlugSchema,
    type: RelationTypeSchema,
    parties: z.array(PartyIdSchema).min(2).describe("Localities or organisations, two or more"),
    title: UserTextSchema.describe("Reference data has all three languages; users write at least one"),
    start: PartialDateSchema.nullable().optional(),
    end: PartialDateSchema.nullable().optional(),
    status: RelationStatusSchema,
    issues: z.array(SlugSchema).default([]),
    channel: z.enum(CHANNELS).optional(),
    initiator: z.string().optional().describe("TH, JP, both, unknown, or a party id"),
    activities: z.array(ActivitySchema).default([]),
    outcomes: z
      .array(z.object({ text: TextSchema, source: SourceSchema, note: z.string().optional() }).strict())
      .default([]),
    conflicts: z.array(ConflictSchema).default([]),
    sources: z.array(SourceSchema).min(1),
    report_row: z
      .object({ table: z.enum(["8.1", "8.2", "8.3", "8.4"]), row: z.number().int().min(1) })
      .strict()
      .optional()
      .describe("The row of the report's Tables 8.1–8.4 this relation records"),
    note: z.string().optional(),
  })
  .strict()
  .refine((relation) => !relation.end || !relation.start || relation.end >= relation.start, {
    message: "end is before start",
    path: ["end"],
  })
  .refine((relation) => new Set(relation.parties).size === relation.parties.length, {
    message: "a party is listed twice",
    path: ["parties"],
  })
  .describe("A relation between localities or organisations: agreement, office, project …");
export type Relation = z.infer<typeof RelationSchema>;

export const NeedOfferSchema = z
  .object({
    id: SlugSchema,
    party: PartyIdSchema,
    kind: z.enum(["need", "offer"]),
    text: UserTextSchema.describe("Reference data has all three languages; users write at least one"),
    issues: z.array(SlugSchema).min(1),
    survey: z.string().nullable().optional().describe("The report table it comes from, e.g. table-10.1"),
    source: SourceSchema,
    note: z.string().optional(),
    entered: EntrySchema.optional(),
    review: ReviewStateSchema.optional(),
  })
  .strict()
  .describe("What a party wants from, or can give to, a partner");
export type NeedOffer = z.infer<typeof NeedOfferSchema>;
