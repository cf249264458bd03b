import { z } from "zod";
import { SourceSchema } from "./source.ts";

/** Fields that official lists give every local government (DESIGN §3.6): where its office is, its motto (the website goes in contacts). */
export const OfficeSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    source: SourceSchema,
  })
  .strict()
  .describe("Coordinates of the government office (city hall, town hall, prefectural office)");

export const MottoSchema = z
  .object({
    ja: z.string().trim().min(1).describe("The motto as the municipality writes it, in Japanese"),
    source: SourceSchema,
  })
  .strict()
  .describe("The municipality's own catchphrase, quoted in its language");

/** A kana reading: hiragana or katakana, with the long-vowel mark and spaces. */
export const KanaSchema = z
  .string()
  .regex(/^[\u3041-\u309f\u30a0-\u30ff\u3000 ]+$/, "expected a reading in kana")
  .describe("Reading of the Japanese name in kana");
