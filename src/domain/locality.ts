import { z } from "zod";
import { ContactsSchema } from "./contacts.ts";
import { FactActorSchema } from "./fact-actor.ts";
import { DECLARABLE_FACT_KINDS } from "./fact-kind.ts";
import { LocalityIdSchema, PLACE_ID, SlugSchema } from "./ids.ts";
import { KanaSchema, MottoSchema, OfficeSchema } from "./locality-official.ts";
import { EntrySchema, ReviewStateSchema } from "./review-state.ts";
import { SourceSchema } from "./source.ts";
import { LangSchema, NamesSchema, TextSchema, UserTextSchema } from "./text.ts";
import { JAPANESE_REGIONS, JAPANESE_TIERS, THAI_REGIONS, THAI_TIERS, TIERS } from "./vocabulary.ts";

export { JAPANESE_REGIONS, JAPANESE_TIERS, THAI_REGIONS, THAI_TIERS, TIERS };

export const TierSchema = z.enum(TIERS).describe("Administrative tier");
export type Tier = z.infer<typeof TierSchema>;

export const RegionSchema = z.enum([...THAI_REGIONS, ...JAPANESE_REGIONS]);

export const GEOGRAPHY_KINDS = [
  "coast",
  "lake",
  "reservoir",
  "river",
  "mountains",
  "island",
  "border",
  "plain",
  "plateau",
  "basin",
  "volcano",
  "hot-springs",
  "forest",
  "wetland",
] as const;
export const GeographyKindSchema = z.enum(GEOGRAPHY_KINDS);
export type GeographyKind = z.infer<typeof GeographyKindSchema>;

const IssueIds = z.array(SlugSchema).min(1).describe("Issue ids from the taxonomy");

/** Facts users add carry an id (to edit them), who entered them, and where review stands. */
export const FactIdSchema = z
  .string()
  .regex(/^f-[a-z0-9]{8,40}$/, "expected a fact id f-…")
  .describe("Id of a fact entered in the workspace");

export const FactSchema = z
  .object({
    id: FactIdSchema.optional(),
    text: UserTextSchema.describe("The fact; reference data has all three languages, users at least one"),
    issues: IssueIds,
    source: SourceSchema,
    kind: z
      .enum(DECLARABLE_FACT_KINDS)
      .optional()
      .describe("What the fact is evidence of, where it differs from its list's default (src/domain/fact-kind.ts)"),
    by: FactActorSchema.optional(),
    note: z.string().optional(),
    entered: EntrySchema.optional(),
    review: ReviewStateSchema.optional(),
  })
  .strict()
  .describe("A sourced statement tagged by issue");
export type Fact = z.infer<typeof FactSchema>;

export const IndustryFactSchema = FactSchema.extend({
  kind: z.enum(["industry", "speciality"]).describe("An industry, or a speciality product"),
}).strict();
export type IndustryFact = z.infer<typeof IndustryFactSchema>;

export const GeographyFactSchema = z
  .object({ kind: GeographyKindSchema, name: TextSchema, source: SourceSchema, note: z.string().optional() })
  .strict();
export type GeographyFact = z.infer<typeof GeographyFactSchema>;

/**
 * How a place is reached. A place without an airport of its own names the airports its visitors
 * use as `nearest-airport`: it is not reachable by air itself, whatever those airports are called.
 */
export const ACCESS_KINDS = ["airport", "nearest-airport", "direct-flight", "port", "rail", "border-crossing"] as const;

export const AccessFactSchema = z
  .object({
    kind: z.enum(ACCESS_KINDS),
    text: TextSchema,
    source: SourceSchema,
    note: z.string().optional(),
  })
  .strict();
export type AccessFact = z.infer<typeof AccessFactSchema>;

export const HeritageFactSchema = FactSchema.extend({ issues: z.array(SlugSchema).default([]) }).strict();

export const DesignationHoldingSchema = z
  .object({
    id: SlugSchema.describe("Designation id"),
    year: z.number().int().min(1900).max(2100).optional(),
    issues: z
      .array(SlugSchema)
      .optional()
      .describe("What this holding is about, where narrower than the designation's issues"),
    source: SourceSchema,
    heldBy: z
      .array(LocalityIdSchema)
      .min(1)
      .optional()
      .describe(
        "Where a prefecture's or province's record lists a designation that places inside it hold (a FutureCity, an Eco-Town): those places",
      ),
    theme: TextSchema.optional().describe(
      "What this locality's holding of the programme is about, where it differs by holder (a National Strategic Special Zone's theme)",
    ),
    note: z.string().optional(),
  })
  .strict();
export type DesignationHolding = z.infer<typeof DesignationHoldingSchema>;

const measured = <T extends z.ZodType>(value: T) =>
  z.object({ value, year: z.number().int().min(1900).max(2100).optional(), source: SourceSchema }).strict();

export const LocalitySchema = z
  .object({
    id: LocalityIdSchema,
    country: z.enum(["TH", "JP"]),
    tier: TierSchema,
    tier_source: SourceSchema.optional().describe("Where the tier comes from, when an official list says it"),
    parent: LocalityIdSchema.nullable().default(null).describe("The enclosing province or prefecture"),
    region: RegionSchema,
    names: NamesSchema.extend({ kana: KanaSchema.optional() }).strict(),
    population: measured(z.number().int().positive()).optional().describe("Population, year, source"),
    area_km2: measured(z.number().positive()).optional().describe("Area in km², source"),
    centroid: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), source: SourceSchema })
      .strict()
      .optional(),
    geography: z.array(GeographyFactSchema).default([]),
    industries: z.array(IndustryFactSchema).default([]),
    strengths: z.array(FactSchema).default([]).describe("What the locality can offer a partner"),
    challenges: z.array(FactSchema).default([]).describe("Problems it faces, what it needs"),
    designations: z.array(DesignationHoldingSchema).default([]),
    access: z.array(AccessFactSchema).default([]),
    heritage: z.array(HeritageFactSchema).default([]),
    place: z
      .string()
      .regex(PLACE_ID)
      .optional()
      .describe("The gazetteer district or subdistrict it lies in (a Thai local government)"),
    office: OfficeSchema.optional(),
    motto: MottoSchema.optional(),
    contacts: ContactsSchema.optional().describe("Who to contact: the office, the responsible officer and deputy"),
    note: z.string().optional(),
    untranslated: z
      .array(LangSchema)
      .optional()
      .describe("Languages its name was not given in (a self-registered body): shown as not yet translated"),
    entered: EntrySchema.optional().describe("Who registered it in the workspace"),
    review: ReviewStateSchema.optional().describe("A self-registered body is self-reported until reviewed"),
  })
  .strict()
  .describe("A Thai or Japanese locality and its sourced profile");
export type Locality = z.infer<typeof LocalitySchema>;
export type LocalityInput = z.input<typeof LocalitySchema>;
