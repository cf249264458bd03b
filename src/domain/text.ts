import { z } from "zod";

export const LANGS = ["th", "en", "ja"] as const;
export const LangSchema = z.enum(LANGS).describe("Language of the reader: Thai, English or Japanese");
export type Lang = z.infer<typeof LangSchema>;

const nonEmpty = z.string().trim().min(1);

/** Every text a user reads exists in all three languages. */
export const TextSchema = z
  .object({
    th: nonEmpty.describe("Thai"),
    en: nonEmpty.describe("English"),
    ja: nonEmpty.describe("Japanese"),
  })
  .strict()
  .describe("A text in Thai, English and Japanese");
export type Text = z.infer<typeof TextSchema>;

export const NamesSchema = TextSchema.extend({
  alt: z.array(nonEmpty).optional().describe("Other spellings people type"),
})
  .strict()
  .describe("Names in Thai, English and Japanese, with other spellings");
export type Names = z.infer<typeof NamesSchema>;
