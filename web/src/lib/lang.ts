export const LANGS = ["th", "en", "ja"] as const;
export type Lang = (typeof LANGS)[number];
export type Text = { th: string; en: string; ja: string };
export type Names = Text & { alt?: string[] };

export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (LANGS as readonly string[]).includes(value);

/** The text in the reader's language, English when the language is missing. */
export const pick = (text: Partial<Text> | undefined | null, lang: Lang): string => text?.[lang] ?? text?.en ?? "";

/** BCP 47 locales per UI language; Thai uses the Buddhist calendar with Latin digits. */
export const LOCALES: Record<Lang, string> = {
  th: "th-TH-u-ca-buddhist-nu-latn",
  en: "en-GB",
  ja: "ja-JP",
};

export const formatNumber = (value: number, lang: Lang, digits = 0): string =>
  new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);

const FALLBACK: Record<Lang, readonly Lang[]> = { th: ["en", "ja"], en: ["th", "ja"], ja: ["en", "th"] };

/**
 * What users write may exist in one language only: the reader's language, else the nearest one it
 * exists in, saying which (as src/domain/text.ts `textIn`, which the web cannot import without zod).
 */
export const textIn = (
  text: Partial<Text> | undefined | null,
  lang: Lang,
): { value: string; lang: Lang; isTranslated: boolean } => {
  const own = text?.[lang];
  if (own) return { value: own, lang, isTranslated: true };
  for (const other of FALLBACK[lang]) {
    const value = text?.[other];
    if (value) return { value, lang: other, isTranslated: false };
  }
  return { value: "", lang, isTranslated: false };
};
