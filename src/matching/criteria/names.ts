import type { Locality } from "../../domain/locality.ts";
import type { Text } from "../../domain/text.ts";

const SUFFIXES = {
  en: /\s+(prefecture|city|town|village|municipality|province|metropolis|city municipality|town municipality)$/i,
  ja: /(県|府|都|道|市|町|村|区)$/u,
  th: /^(จังหวัด|เมือง|เทศบาลนคร|เทศบาลเมือง|เทศบาลตำบล|กรุง)/u,
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const segmenters = {
  th: new Intl.Segmenter("th", { granularity: "word" }),
  ja: new Intl.Segmenter("ja", { granularity: "word" }),
};

/** Where words start and end in a text, by the language's word segmenter. */
const boundaries = (text: string, lang: "th" | "ja"): Set<number> => {
  const cuts = new Set<number>([0, text.length]);
  for (const segment of segmenters[lang].segment(text)) {
    cuts.add(segment.index);
    cuts.add(segment.index + segment.segment.length);
  }
  return cuts;
};

/**
 * Finds a name as a word of its own in unspaced Thai or Japanese: "ตรัง" (Trang) is not in
 * "กัมมันตรังสี" (radioactivity). Where the segmenter splits a name it does not know, the name
 * still counts if it starts and ends on word boundaries.
 */
const findsWord = (name: string, lang: "th" | "ja") => {
  const pattern = new RegExp(escapeRegExp(name), "gu");
  // Short Thai names are often common words too (ตาก "to dry", เลย "at all", แพร่ "to spread"):
  // they count only after a word that marks a place.
  const needsMarker = lang === "th" && [...name].length <= 4;
  return (text: string): boolean => {
    if (!text.includes(name)) return false;
    const cuts = boundaries(text, lang);
    for (const match of text.matchAll(pattern)) {
      if (!cuts.has(match.index) || !cuts.has(match.index + name.length)) continue;
      if (!needsMarker || THAI_PLACE_MARKER.test(text.slice(0, match.index))) return true;
    }
    return false;
  };
};

const THAI_PLACE_MARKER = /(จังหวัด|จ\.|เมือง|อำเภอ|อ\.|เทศบาล(นคร|เมือง|ตำบล)?|นคร)\s*$/u;

type NameForms = { en: string[]; th: string[]; ja: string[] };

const bareForms = (locality: Locality, strip: boolean): NameForms => ({
  en: [locality.names.en, ...(locality.names.alt ?? []).filter((alt) => /^[\x20-\x7e]+$/.test(alt))]
    .map((name) => {
      const plain = name.replace(/\s*\(.*\)$/, "");
      return (strip ? plain.replace(SUFFIXES.en, "") : plain.replace(/\s+municipality$/i, "")).trim();
    })
    .filter((name) => name.length >= 4),
  ja: [strip ? locality.names.ja.replace(SUFFIXES.ja, "") : locality.names.ja].filter((name) => name.length >= 2),
  th: [locality.names.th, ...(locality.names.alt ?? []).filter((alt) => /\p{sc=Thai}/u.test(alt))]
    .map((name) => (strip ? name.replace(SUFFIXES.th, "") : name).trim())
    .filter((name) => name.length >= 3),
});

/**
 * The names of a locality to look for in text, per language, suffixes taken off. A city named
 * like the province or prefecture it lies in (Chiang Rai City in Chiang Rai, Chiba City in Chiba)
 * keeps its suffix: "Mae Sai, Chiang Rai" names the province, and only "Chiang Rai City",
 * "เทศบาลนครเชียงราย" or "千葉市" names the city.
 */
export const nameForms = (locality: Locality, parent?: Locality): NameForms => {
  const bare = bareForms(locality, true);
  if (!parent) return bare;
  const parents = bareForms(parent, true);
  const shared = (lang: keyof NameForms) => bare[lang].some((name) => parents[lang].includes(name));
  if (!shared("en") && !shared("ja") && !shared("th")) return bare;
  return bareForms(locality, false);
};

/**
 * Patterns that find a locality's name in free text of any language: "Shizuoka", "静岡",
 * "ชิซึโอกะ". English names need word boundaries ("Nara" is not in "Narathiwat"); Thai and
 * Japanese ones are checked against the segmenter's word boundaries by `namesLocality`.
 */
export const namePatterns = (locality: Locality, parent?: Locality): RegExp[] => {
  const forms = nameForms(locality, parent);
  return [
    ...forms.en.map((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, "i")),
    ...[...forms.ja, ...forms.th].map((name) => new RegExp(escapeRegExp(name), "u")),
  ];
};

/**
 * Finds an English name as a word, in any case but with a capital first letter: a place name is
 * written as one, while the same letters in lower case are a common word ("Sanuki udon" does not
 * name Udon Thani, whose short form is "Udon").
 */
const findsEnglish = (name: string) => {
  const pattern = new RegExp(`\\b${escapeRegExp(name)}\\b`, "gi");
  return (text: string): boolean => {
    for (const match of text.matchAll(pattern)) {
      const first = match[0].charAt(0);
      if (first !== first.toLowerCase()) return true;
    }
    return false;
  };
};

/** Whether a text names the locality in any of its three languages, as a word of its own. */
export const nameMatcher = (locality: Locality, parent?: Locality): ((text: Partial<Text>) => boolean) => {
  const forms = nameForms(locality, parent);
  const english = forms.en.map(findsEnglish);
  const thai = forms.th.map((name) => findsWord(name, "th"));
  const japanese = forms.ja.map((name) => findsWord(name, "ja"));
  return (text) =>
    english.some((finds) => finds(text.en ?? "")) ||
    thai.some((finds) => finds(text.th ?? "")) ||
    japanese.some((finds) => finds(text.ja ?? ""));
};
