import { toHiragana } from "wanakana";

/**
 * Japanese in Thai script from a kana reading, after the Royal Institute's rules for writing
 * Japanese in Thai (ราชบัณฑิตยสภา, หลักเกณฑ์การทับศัพท์ภาษาญี่ปุ่น, 2018):
 * - k, g, t, p, ch are ค ก ท พ ช in a word's first syllable and ก ง ต ป จ after it;
 * - a, e, o in an open syllable are written long (า เ- โ-) except in the last syllable (ะ เ-ะ โ-ะ);
 *   in a closed syllable short (-ั, เ-็, o unwritten); i and u short or long as spoken;
 * - ei and the long vowels (ō, ū …) are written long; ai is ไ-;
 * - ん is ม before m, b, p; ง before k, g, a vowel, y, w, h and at the end; น elsewhere;
 *   っ closes the syllable with the next consonant (ก, ต, ป, ส);
 * - no tone marks. つ is สึ, and after a vowel ตสึ, as in established spellings (มัตสึยามะ).
 * Established spellings (โตเกียว, เกียวโต, โอซากา) are not produced by rule: see thai-overrides.ts.
 */
type Onset =
  | ""
  | "k"
  | "g"
  | "s"
  | "sh"
  | "z"
  | "j"
  | "t"
  | "ch"
  | "ts"
  | "d"
  | "n"
  | "h"
  | "f"
  | "b"
  | "p"
  | "m"
  | "y"
  | "r"
  | "w"
  | "v";
type Vowel = "a" | "i" | "u" | "e" | "o";
type Mora = { onset: Onset; glide: boolean; vowel: Vowel } | { special: "n" | "q" | "long" };

const ROWS: Record<string, [Onset, Vowel]> = {};
const row = (onset: Onset, kana: string, vowels = "aiueo") => {
  [...kana].forEach((char, index) => {
    if (char !== "_") ROWS[char] = [onset, vowels[index] as Vowel];
  });
};
row("", "あいうえお");
row("k", "かきくけこ");
row("g", "がぎぐげご");
row("s", "さ_すせそ");
row("sh", "し", "i");
row("z", "ざ_ずぜぞ");
row("j", "じぢ", "ii");
row("z", "づ", "u");
row("t", "た__てと");
row("ch", "ち", "i");
row("ts", "つ", "u");
row("d", "だ__でど");
row("n", "なにぬねの");
row("h", "はひ_へほ");
row("f", "ふ", "u");
row("b", "ばびぶべぼ");
row("p", "ぱぴぷぺぽ");
row("m", "まみむめも");
row("y", "や_ゆ_よ");
row("r", "らりるれろ");
row("w", "わ___を");
row("v", "ゔ", "u");
ROWS.を = ["", "o"];
const SMALL_Y: Record<string, Vowel> = { ゃ: "a", ゅ: "u", ょ: "o" };
const SMALL_VOWEL: Record<string, Vowel> = { ぁ: "a", ぃ: "i", ぅ: "u", ぇ: "e", ぉ: "o" };

const toMorae = (kana: string): Mora[] => {
  const morae: Mora[] = [];
  for (const char of toHiragana(kana.replace(/\s+/g, ""), { passRomaji: true })) {
    const last = morae.at(-1);
    if (char === "ん") morae.push({ special: "n" });
    else if (char === "っ") morae.push({ special: "q" });
    else if (char === "ー") morae.push({ special: "long" });
    else if (char in SMALL_Y && last && "vowel" in last) {
      const palatal = last.onset === "sh" || last.onset === "ch" || last.onset === "j";
      morae[morae.length - 1] = { onset: last.onset, glide: !palatal, vowel: SMALL_Y[char] as Vowel };
    } else if (char in SMALL_VOWEL && last && "vowel" in last) {
      morae[morae.length - 1] = { ...last, vowel: SMALL_VOWEL[char] as Vowel };
    } else {
      const entry = ROWS[char];
      if (!entry) throw new Error(`cannot transcribe "${char}" in "${kana}"`);
      morae.push({ onset: entry[0], glide: false, vowel: entry[1] });
    }
  }
  return morae;
};

type Syllable = {
  onset: Onset;
  glide: boolean;
  vowel: Vowel | "ai";
  long: boolean;
  coda: "" | "n" | "q";
};

/** Groups morae into syllables: a long vowel, ai, a following ん or っ belong to the syllable before. */
const toSyllables = (morae: Mora[]): Syllable[] => {
  const syllables: Syllable[] = [];
  for (const mora of morae) {
    const last = syllables.at(-1);
    if ("special" in mora) {
      if (!last) continue;
      if (mora.special === "long") last.long = true;
      else if (last.coda === "") last.coda = mora.special;
      continue;
    }
    const open = last && last.coda === "";
    if (open && mora.onset === "" && !mora.glide && !last.long) {
      const v = mora.vowel;
      const lengthens =
        (v === last.vowel && v !== "e") || (v === "u" && last.vowel === "o") || (v === "i" && last.vowel === "e");
      if (lengthens) {
        last.long = true;
        continue;
      }
      if (v === "i" && last.vowel === "a" && !last.glide) {
        last.vowel = "ai";
        continue;
      }
    }
    syllables.push({ onset: mora.onset, glide: mora.glide, vowel: mora.vowel, long: false, coda: "" });
  }
  return syllables;
};

const FIRST: Partial<Record<Onset, string>> = { k: "ค", g: "ก", t: "ท", p: "พ", ch: "ช" };
const OTHER: Record<Onset, string> = {
  "": "อ",
  k: "ก",
  g: "ง",
  s: "ซ",
  sh: "ช",
  z: "ซ",
  j: "จ",
  t: "ต",
  ch: "จ",
  ts: "ส",
  d: "ด",
  n: "น",
  h: "ฮ",
  f: "ฟ",
  b: "บ",
  p: "ป",
  m: "ม",
  y: "ย",
  r: "ร",
  w: "ว",
  v: "บ",
};

const nasal = (next: Syllable | undefined): string => {
  if (!next) return "ง";
  if (next.onset === "m" || next.onset === "b" || next.onset === "p") return "ม";
  if (["k", "g", "", "y", "w", "h", "f"].includes(next.onset)) return "ง";
  return "น";
};

const stop = (next: Syllable | undefined): string => {
  if (!next) return "";
  if (next.onset === "k" || next.onset === "g") return "ก";
  if (next.onset === "p" || next.onset === "b") return "ป";
  if (next.onset === "s" || next.onset === "sh" || next.onset === "z") return "ส";
  return "ต";
};

const render = (syllable: Syllable, index: number, syllables: Syllable[]): string => {
  const next = syllables[index + 1];
  const isLast = next === undefined;
  const c = (index === 0 ? FIRST[syllable.onset] : undefined) ?? OTHER[syllable.onset];
  // つ after a vowel is written ตสึ, closing the syllable before (มัตสึ, อุตสึโนมิยะ, เบ็ตสึ).
  const closesForTs = syllable.coda === "" && next?.onset === "ts";
  const coda = syllable.coda === "n" ? nasal(next) : syllable.coda === "q" || closesForTs ? stop(next) : "";
  const closed = coda !== "";
  const short = !syllable.long;
  if (syllable.glide) {
    if (syllable.vowel === "a") return `เ${c}ีย${isLast && short && !closed ? "ะ" : ""}${coda}`;
    if (syllable.vowel === "u") return `${c}${short ? "ิ" : "ี"}ว${coda}`;
    if (syllable.vowel === "o") return `เ${c}ียว${coda}`;
  }
  switch (syllable.vowel) {
    case "ai":
      return `ไ${c}${coda}`;
    case "a":
      if (closed) return `${c}${short ? "ั" : "า"}${coda}`;
      return `${c}${short && isLast ? "ะ" : "า"}`;
    case "i":
      return `${c}${short ? "ิ" : "ี"}${coda}`;
    case "u":
      if (syllable.onset === "ts") return `${c}${short ? "ึ" : "ื"}${coda}`;
      return `${c}${short ? "ุ" : "ู"}${coda}`;
    case "e":
      if (closed) return short ? `เ${c}็${coda}` : `เ${c}${coda}`;
      return `เ${c}${short && isLast ? "ะ" : ""}`;
    case "o":
      if (closed) return short ? `${c}${coda}` : `โ${c}${coda}`;
      return `โ${c}${short && isLast ? "ะ" : ""}`;
  }
  return c;
};

/** `|` marks a morpheme boundary where two vowels meet but do not make a long one (とよ|おか). */
export const kanaToThai = (kana: string): string => {
  const syllables = kana.split("|").flatMap((part) => toSyllables(toMorae(part)));
  return syllables.map((syllable, index) => render(syllable, index, syllables)).join("");
};
