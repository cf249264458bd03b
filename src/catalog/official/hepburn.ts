import { toRomaji } from "wanakana";

/**
 * Hepburn romanisation of a kana reading as English place names write it: long vowels without
 * macrons (とうきょう Tokyo, おおいた Oita, きゅうしゅう Kyushu), "ei" and "ii" kept (Niigata).
 * Where a long vowel is really two morphemes (とよ|おか Toyooka, こ|うみ Koumi) the reading is
 * marked in name-overrides.ts; where a place keeps another spelling (Minoh), that table says so.
 */
export const hepburn = (kana: string): string => {
  // `|` marks a morpheme boundary: the vowels on either side are not a long vowel (とよ|おか Toyooka).
  const romaji = kana
    .split("|")
    .map((part) => toRomaji(part.replace(/\s+/g, "")).replace(/uu/g, "u").replace(/o[ou]/g, "o"))
    .join("");
  return romaji.charAt(0).toUpperCase() + romaji.slice(1);
};
