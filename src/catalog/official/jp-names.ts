import { hepburn } from "./hepburn.ts";
import { kanaToThai } from "./kana-thai.ts";

export type JpKind = "city" | "town" | "village" | "special-ward" | "ward" | "prefecture";

/** How each kind of body is named in English and Thai, and the kana its reading ends with. */
const KINDS: Record<JpKind, { en: string; th: string; kana: readonly string[] }> = {
  city: { en: "City", th: "เมือง", kana: ["し"] },
  town: { en: "Town", th: "เมือง", kana: ["ちょう", "まち"] },
  village: { en: "Village", th: "หมู่บ้าน", kana: ["むら", "そん"] },
  // Tokyo's special wards call themselves "City" in English (Shinjuku City); Thai writes เขต.
  "special-ward": { en: "City", th: "เขต", kana: ["く"] },
  ward: { en: "Ward", th: "เขต", kana: ["く"] },
  prefecture: { en: "Prefecture", th: "จังหวัด", kana: [] },
};

export const kindOfName = (kanji: string): JpKind | undefined =>
  (({ 市: "city", 町: "town", 村: "village", 区: "special-ward" }) as const)[kanji.slice(-1) as "市"];

/** The reading without the kana of 市, 町, 村 or 区: さっぽろし → さっぽろ. */
export const kanaStem = (kana: string, kind: JpKind): string => {
  const reading = kana.replace(/\s+/g, "");
  const suffix = KINDS[kind].kana.find((ending) => reading.endsWith(ending) && reading.length > ending.length);
  if (KINDS[kind].kana.length && !suffix) throw new Error(`the reading ${kana} does not end as a ${kind} does`);
  return suffix ? reading.slice(0, -suffix.length) : reading;
};

export type NameTables = {
  /** Readings with morpheme boundaries marked, by local-government code (name-overrides.ts). */
  morphemes: Readonly<Record<string, string>>;
  /** English stem by local-government code, where the rule does not give the established spelling. */
  english: Readonly<Record<string, string>>;
  /** Thai stem by kana stem: the established spellings, curated records' first. */
  thai: ReadonlyMap<string, string>;
};

export type JpNames = { th: string; en: string; ja: string; kana: string; alt: string[] };

/** Names of a Japanese body in three languages from its kanji, its reading and its code. */
export const jpNames = (code: string, kanji: string, kana: string, kind: JpKind, tables: NameTables): JpNames => {
  const stem = kanaStem(kana, kind);
  const marked = tables.morphemes[code];
  if (marked !== undefined && marked.replaceAll("|", "") !== stem)
    throw new Error(`the marked reading ${marked} of ${code} is not its reading ${stem}`);
  const en = tables.english[code] ?? hepburn(marked ?? stem);
  const th = tables.thai.get(stem) ?? kanaToThai(marked ?? stem);
  return {
    th: `${KINDS[kind].th}${th}`,
    en: `${en} ${KINDS[kind].en}`,
    ja: kanji,
    kana: kana.replace(/\s+/g, ""),
    alt: [en, th],
  };
};
