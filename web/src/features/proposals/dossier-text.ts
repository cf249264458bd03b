import { LANGS, type Lang } from "../../lib/lang.ts";

type Text = Record<string, string> | undefined;

/** A user's text in a fixed language for print, or the nearest language with a mark that it is not translated. */
export const textFor = (text: Text, lang: Lang, untranslated: string): string => {
  if (!text) return "";
  if (text[lang]) return text[lang] ?? "";
  const other = LANGS.find((candidate) => text[candidate]);
  return other ? `${text[other]} (${untranslated})` : "";
};

/** Every source cited in the dossier, once each, in the order first cited; numbered for the reader. */
export const collectSources = (groups: ReadonlyArray<ReadonlyArray<string>>): string[] => {
  const seen = new Set<string>();
  for (const group of groups) for (const source of group) seen.add(source);
  return [...seen];
};
