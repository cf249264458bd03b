import { z } from "zod";
import { SlugSchema } from "./ids.ts";
import { SourceSchema } from "./source.ts";
import { TextSchema } from "./text.ts";

const Synonyms = z.array(z.string().trim().min(1));

export const IssueSchema = z
  .object({
    id: SlugSchema.describe("Stable issue id, e.g. waste"),
    parent: SlugSchema.nullable().describe("Parent issue id; null for a root"),
    label: TextSchema.describe("Short label"),
    definition: TextSchema.describe("One-line definition"),
    synonyms: z
      .object({ th: Synonyms, en: Synonyms, ja: Synonyms })
      .strict()
      .describe("Words people type for this issue, per language"),
    policies: z
      .object({ th: z.array(z.string()).default([]), jp: z.array(z.string()).default([]) })
      .strict()
      .default({ th: [], jp: [] })
      .describe("Thai and Japanese national policies this issue serves"),
    sdgs: z.array(z.number().int().min(1).max(17)).default([]).describe("UN Sustainable Development Goals"),
    global: z.boolean().default(false).describe("Part of the global agenda (climate, environment, SDGs)"),
    source: SourceSchema.optional(),
  })
  .strict()
  .describe("A node of the issue taxonomy");
export type Issue = z.infer<typeof IssueSchema>;

export const DesignationSchema = z
  .object({
    id: SlugSchema,
    country: z.enum(["TH", "JP", "INT"]),
    names: TextSchema,
    description: TextSchema,
    policy: z.boolean().describe("A national-strategy designation"),
    global: z.boolean().describe("A global-agenda designation"),
    issues: z.array(SlugSchema).default([]),
    source: SourceSchema,
  })
  .strict()
  .describe("A designation a locality can hold: EEC, FutureCity, Eco-Town …");
export type Designation = z.infer<typeof DesignationSchema>;
