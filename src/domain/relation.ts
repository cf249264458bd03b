import { z } from "zod";
import { ConflictSchema } from "./conflict.ts";
import { PartialDateSchema } from "./dates.ts";
import { FactActorSchema } from "./fact-actor.ts";
import { PartyIdSchema, SlugSchema } from "./ids.ts";
import { EntrySchema, ReviewStateSchema } from "./review-state.ts";
import { SourceSchema } from "./source.ts";
import { TextSchema, UserTextSchema } from "./text.ts";
import { RELATION_FORMS, RELATION_STATUSES, RELATION_TYPES, STATUSES_OF_FORM } from "./vocabulary.ts";

export { type Conflict, ConflictSchema } from "./conflict.ts";
export { RELATION_FORMS, RELATION_STATUSES, RELATION_TYPES, STATUSES_OF_FORM };

export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const RelationStatusSchema = z.enum(RELATION_STATUSES);
export type RelationStatus = z.infer<typeof RelationStatusSchema>;

export const RelationFormSchema = z
  .enum(RELATION_FORMS)
  .describe("ongoing: a tie that lives and can age; one-off: an event that happened once (fair, visit, grant)");
export type RelationForm = z.infer<typeof RelationFormSchema>;

export const isStatusOfForm = (form: RelationForm, status: RelationStatus): boolean =>
  (STATUSES_OF_FORM[form] as readonly RelationStatus[]).includes(status);

/**
 * The parties a tie can be cited for: all of them, less any that a reading of a disputed
 * `parties` field says is no party at all. A relation whose only tie to a locality rests on a
 * reading another source denies is kept and shown with both readings, but it is not put to a user
 * as that locality's tie (the report's "Tokyo MOU" is an agreement of national maritime
 * authorities signed in Tokyo, not one with the Tokyo Metropolitan Government).
 */
export const citedParties = (relation: Pick<Relation, "parties" | "conflicts">): readonly string[] => {
  const excluded = new Set(
    relation.conflicts
      .filter((conflict) => conflict.field === "parties")
      .flatMap((conflict) => conflict.readings.flatMap((reading) => reading.excludes ?? [])),
  );
  return excluded.size === 0 ? relation.parties : relation.parties.filter((party) => !excluded.has(party));
};

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

export const RelationSchema = z
  .object({
    id: SlugSchema,
    type: RelationTypeSchema,
    parties: z.array(PartyIdSchema).min(2).describe("Localities or organisations, two or more"),
    title: UserTextSchema.describe("Reference data has all three languages; users write at least one"),
    start: PartialDateSchema.nullable().optional(),
    end: PartialDateSchema.nullable().optional(),
    form: RelationFormSchema.default("ongoing"),
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
  .refine((relation) => isStatusOfForm(relation.form, relation.status), {
    message: "an ongoing relation is pending, active, declining, lapsed or ended; a one-off event is pending or held",
    path: ["status"],
  })
  .refine((relation) => new Set(relation.parties).size === relation.parties.length, {
    message: "a party is listed twice",
    path: ["parties"],
  })
  .refine(
    (relation) =>
      relation.conflicts.every((conflict) =>
        conflict.readings.every((reading) =>
          (reading.excludes ?? []).every((party) => relation.parties.includes(party)),
        ),
      ),
    { message: "a reading excludes a party the relation does not list", path: ["conflicts"] },
  )
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
    by: FactActorSchema.optional(),
    note: z.string().optional(),
    entered: EntrySchema.optional(),
    review: ReviewStateSchema.optional(),
  })
  .strict()
  .describe("What a party wants from, or can give to, a partner");
export type NeedOffer = z.infer<typeof NeedOfferSchema>;
