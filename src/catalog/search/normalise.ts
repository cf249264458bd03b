import { toHiragana } from "wanakana";

const THAI_TONES_AND_SHORTENER = /[\u0E47-\u0E4B]/g; // ็ ่ ้ ๊ ๋
const THAI_SPLIT_SARA_AM = /\u0E4D\u0E32/g; // ํ + า typed for ำ
const LATIN_NOISE = /[\s\-‐‑–—'’`.,·・()（）]/g;

/**
 * The form in which names are compared, so that spelling variants meet: Thai without tone marks
 * and with sara am typed as two characters joined (ลําปาง = ลำปาง, ลำปาง = ลําปาง); katakana as
 * hiragana without the long-vowel mark (ランパーン = らんぱん); Latin without spaces, hyphens,
 * apostrophes or macrons, and long vowels spelled doubly folded (Chiangmai = Chiang Mai,
 * Toukyou = Tōkyō = Tokyo).
 */
export const normaliseForSearch = (text: string): string => {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(THAI_TONES_AND_SHORTENER, "")
    .replace(THAI_SPLIT_SARA_AM, "\u0E33")
    .replace(/[\u30a1-\u30f6]/g, (char) => toHiragana(char))
    .replace(/ー/g, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(LATIN_NOISE, "");
  return folded.replace(/uu/g, "u").replace(/o[ou]/g, "o");
};
