import { z } from "zod";
import { PartyIdSchema } from "./ids.ts";
import { SourceSchema } from "./source.ts";
import { TextSchema } from "./text.ts";
import { CONFLICT_FIELDS } from "./vocabulary.ts";

export { CONFLICT_FIELDS };

export const ConflictReadingSchema = z
  .object({
    value: TextSchema.describe("The reading as its source gives it, in three languages"),
    parties: z
      .array(PartyIdSchema)
      .optional()
      .describe("Localities or organisations the reading names (pages link them by name)"),
    excludes: z
      .array(PartyIdSchema)
      .optional()
      .describe(
        "Parties of the record this reading says are not parties at all (a multilateral agreement named after a city): the matcher cites no tie for them",
      ),
    source: SourceSchema,
  })
  .strict()
  .describe("One reading of a disputed field, with its source");

/** Where sources disagree, every reading is kept, each in three languages with its source. */
export const ConflictSchema = z
  .object({
    field: z.enum(CONFLICT_FIELDS).describe("Which field the sources disagree on"),
    readings: z.array(ConflictReadingSchema).min(2).describe("Every reading, each with its source"),
    note: TextSchema.optional().describe("What the readers should know about the disagreement"),
  })
  .strict()
  .describe("A place where sources disagree: every reading is kept");
export type Conflict = z.infer<typeof ConflictSchema>;
