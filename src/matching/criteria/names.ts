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
      if (namesASeat(text, match.index, match.index + name.length, lang)) continue;
      if (!needsMarker || THAI_PLACE_MARKER.test(text.slice(0, match.index))) return true;
    }
    return false;
  };
};

const THAI_PLACE_MARKER = /(จังหวัด|จ\.|เมือง|อำเภอ|อ\.|เทศบาล(นคร|เมือง|ตำบล)?|นคร)\s*$/u;

/**
 * Where a place's name only says where another body sits, it names no link with the place: a
 * university named after it ("Tokyo University of Agriculture", "มหาวิทยาลัยเชียงใหม่", "長崎大学"),
 * a consulate or an embassy ("the Consulate-General in Osaka", "在大阪総領事館"), an office seated
 * there ("its Bangkok office", "สำนักงาน… ประจำกรุงเทพฯ", "バンコク事務所"), a headquarters or a museum
 * there ("the Mayors for Peace headquarters in Hiroshima", "the Sirindhorn Museum in Kalasin"). The name of the body that
 * owns the office still counts ("Fukuoka Prefecture's Bangkok office" names Fukuoka).
 */
const SEAT_BEFORE = {
  en: /\b(?:University of|[Mm]useum in|[Hh]eadquarters (?:in|at)|[Ss]ecretariat (?:in|at)|Consulate[- ]General(?: of (?:Japan|Thailand))?(?: in| at)?|Consulate(?: of (?:Japan|Thailand))?(?: in| at)?|Embassy(?: of (?:Japan|Thailand))?(?: in| at)?|[Oo]ffices? in)\s*$/u,
  th: /(?:มหาวิทยาลัย(?:ราชภัฏ|เทคโนโลยีราชมงคล)?|พิพิธภัณฑ์\S*\s*|สำนักงานใหญ่[^,;]{0,40}?ที่|สถานกงสุลใหญ่\S*\s*(?:ณ|ประจำ)?|สถานเอกอัครราชทูต\S*\s*(?:ณ|ประจำ)?|ประจำ)\s*(?:นคร|เมือง|จังหวัด|กรุง)?\s*$/u,
  ja: /在$/u,
};
// After the name: a university, office, desk or branch seated there, or a firm named after the
// city (Tokio Marine, 東京海上, โตเกียวมารีน; Osaka Gas; Tokyo Electric), which is not the city.
const SEAT_AFTER: Record<"en" | "th" | "ja", RegExp> = {
  en: /^\s+(?:Rajabhat\s+)?(?:University|College|Institute|Consulate|[Oo]ffice|[Bb]ranch|(?:(?:business\s+)?support\s+)?[Dd]esk|Marine|Electric|Gas)\b/u,
  ja: /^(?:[\p{Script=Han}]{0,3}大学|[県市]?・?[\p{Script=Katakana}ー・]{0,15}(?:大学|博物館)|事務所|デスク|総領事館|領事館|大使館|支所|海上|電力|ガス|の[^、。]{0,12}事務局)/u,
  th: /^\s*(?:มารีน)/u,
};

/**
 * A place's name alone in brackets right after another name says where that one is, and names no
 * link with the place: "Chichibu City (Saitama)", "Mayors for Peace (Hiroshima)", "APCS
 * (secretariat Fukuoka)", "秩父市（埼玉県）".
 */
const QUALIFIER_BEFORE = {
  en: /\S\s*\(\s*(?:secretariat(?: in)?\s+|in\s+)?$/u,
  th: /\S\s*\(\s*(?:สำนักเลขาธิการ(?:อยู่)?(?:ที่)?\s*)?(?:จังหวัด|เมือง|นคร|กรุง)?$/u,
  ja: /\S[（(](?:事務局[：:]?)?$/u,
};
const QUALIFIER_AFTER = {
  en: /^\s*(?:Prefecture|Province|City)?\s*\)/u,
  th: /^\s*\)/u,
  ja: /^[県府都道市]?[）)]/u,
};
const namesASeat = (text: string, start: number, end: number, lang: "en" | "th" | "ja"): boolean =>
  SEAT_BEFORE[lang].test(text.slice(Math.max(0, start - 60), start)) ||
  SEAT_AFTER[lang].test(text.slice(end, end + 40)) ||
  (QUALIFIER_BEFORE[lang].test(text.slice(Math.max(0, start - 30), start)) &&
    QUALIFIER_AFTER[lang].test(text.slice(end, end + 20)));

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
  // Nor does an alternative name that is the parent's own ("Saitama" among Saitama City's).
  const full = bareForms(locality, false);
  const own = (lang: keyof NameForms) => full[lang].filter((name) => !parents[lang].includes(name));
  return { en: own("en"), ja: own("ja"), th: own("th") };
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
      if (first === first.toLowerCase()) continue;
      if (!namesASeat(text, match.index, match.index + match[0].length, "en")) return true;
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
