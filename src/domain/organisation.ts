import { z } from "zod";
import { ConflictSchema } from "./conflict.ts";
import { LocalityIdSchema, ORGANISATION_ID } from "./ids.ts";
import { SourceSchema } from "./source.ts";
import { NamesSchema, TextSchema } from "./text.ts";

export const ORGANISATION_KINDS = [
  "ministry",
  "central-agency",
  "support-body",
  "local-office",
  "association",
  "chamber",
  "bank",
  "university",
  "school",
  "company",
  "network",
  "embassy",
  "international",
  "cooperative",
  "ngo",
  "other",
] as const;

export const OrganisationSchema = z
  .object({
    id: z.string().regex(ORGANISATION_ID, "expected org:th-…, org:jp-… or org:int-…"),
    country: z.enum(["TH", "JP", "INT"]),
    kind: z.enum(ORGANISATION_KINDS),
    names: NamesSchema,
    abbr: z.string().optional(),
    role: TextSchema.describe("What it does in Thai–Japanese local cooperation"),
    based_in: LocalityIdSchema.nullable().optional(),
    source: SourceSchema.optional(),
    sources: z.array(SourceSchema).optional(),
    conflicts: z.array(ConflictSchema).default([]).describe("Where sources disagree about it"),
    note: z.string().optional(),
  })
  .strict()
  .refine((org) => org.source !== undefined || (org.sources?.length ?? 0) > 0, {
    message: "an organisation needs a source",
    path: ["source"],
  })
  .describe("A central agency, support body, association, bank, university, company or network");
export type Organisation = z.infer<typeof OrganisationSchema>;
