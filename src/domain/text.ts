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

/**
 * Text a user enters: at least one of the three languages. The missing ones are shown as
 * "not yet translated", never as a silent blank, so reference data keeps the stricter TextSchema.
 */
export const UserTextSchema = z
  .object({
    th: nonEmpty.max(2000).optional().describe("Thai"),
    en: nonEmpty.max(2000).optional().describe("English"),
    ja: nonEmpty.max(2000).optional().describe("Japanese"),
  })
  .strict()
  .refine((text) => LANGS.some((lang) => text[lang] !== undefined), { message: "v.user-text-empty" })
  .describe("A text in one or more of Thai, English and Japanese");
export type UserText = z.infer<typeof UserTextSchema>;

/** A fact's text: reference texts have all three languages, user texts at least one. */
export type AnyText = Partial<Text>;

const FALLBACK: Record<Lang, readonly Lang[]> = { th: ["en", "ja"], en: ["th", "ja"], ja: ["en", "th"] };

/** The text in the reader's language, or in the nearest language it exists in, saying which. */
export const textIn = (text: AnyText, lang: Lang): { value: string; lang: Lang; isTranslated: boolean } => {
  const own = text[lang];
  if (own) return { value: own, lang, isTranslated: true };
  for (const other of FALLBACK[lang]) {
    const value = text[other];
    if (value) return { value, lang: other, isTranslated: false };
  }
  return { value: "", lang, isTranslated: false };
};

export const missingLangs = (text: AnyText): Lang[] => LANGS.filter((lang) => !text[lang]);
