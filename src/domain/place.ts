import { z } from "zod";
import { LocalityIdSchema, PLACE_ID } from "./ids.ts";
import { KanaSchema } from "./locality-official.ts";
import { SourceSchema } from "./source.ts";

export const PLACE_KINDS = ["district", "subdistrict", "ward"] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS).describe("Thai district (amphoe), subdistrict (tambon), or ward");

const name = z.string().trim().min(1);

/**
 * A place in a gazetteer: a Thai district or subdistrict, a ward of a Japanese designated city.
 * Places are where things are, not partners: they are found by search and lead to the locality
 * they lie in. Official lists name them in the country's language and sometimes in English only.
 */
export const PlaceSchema = z
  .object({
    id: z.string().regex(PLACE_ID, "expected place:th-NNNN, place:th-NNNNNN or place:jp-NNNNN"),
    country: z.enum(["TH", "JP"]),
    kind: PlaceKindSchema,
    code: z
      .string()
      .regex(/^\d{4,6}$/)
      .describe("Official code: DOPA district or subdistrict code, JIS X 0402 ward code"),
    within: LocalityIdSchema.describe("The province, prefecture or city the place lies in"),
    parent: z
      .string()
      .regex(PLACE_ID)
      .nullable()
      .default(null)
      .describe("The enclosing place (a subdistrict's district)"),
    names: z
      .object({ th: name.optional(), en: name.optional(), ja: name.optional(), kana: KanaSchema.optional() })
      .strict()
      .refine((names) => Boolean(names.th ?? names.en ?? names.ja), "a place needs a name"),
    centroid: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), source: SourceSchema })
      .strict()
      .optional(),
    population: z
      .object({ value: z.number().int().positive(), year: z.number().int(), source: SourceSchema })
      .strict()
      .optional(),
    source: SourceSchema,
    note: z.string().optional(),
  })
  .strict()
  .describe("A gazetteer place inside a locality");
export type Place = z.infer<typeof PlaceSchema>;
