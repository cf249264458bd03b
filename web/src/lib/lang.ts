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
