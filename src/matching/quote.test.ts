import { describe, expect, it } from "vitest";
import type { Lang } from "../domain/text.ts";
import { cutAtWord, QUOTE_LIMIT, shortQuote } from "./quote.ts";

const words = (text: string, lang: Lang) =>
  [...new Intl.Segmenter(lang, { granularity: "word" }).segment(text)].map((segment) => segment.segment);
const graphemes = (text: string) => [...new Intl.Segmenter("th", { granularity: "grapheme" }).segment(text)];

const boundaries = (text: string, lang: Lang) => {
  const ends = new Set<number>();
  let length = 0;
  for (const word of words(text, lang)) {
    length += word.length;
    ends.add(length);
  }
  return ends;
};

/** The cut text, without its ellipsis, ends where a word of the original ends (or before punctuation). */
const isWordPrefix = (cut: string, whole: string, lang: Lang) => {
  const kept = cut.replace(/…$/u, "");
  const next = whole.slice(kept.length, kept.length + 1);
  return whole.startsWith(kept) && (boundaries(whole, lang).has(kept.length) || /[\s,;:、，；：(（「“]/u.test(next));
};

describe("quotes in reasons", () => {
  it("cuts Thai only between words, never inside a syllable or a grapheme", () => {
    const thai = "ปัญหาความรุนแรงในพื้นที่ชายแดนภาคใต้ส่งผลต่อการพัฒนาเศรษฐกิจและการท่องเที่ยวของจังหวัด";
    for (let at = 1; at < thai.length; at++) {
      const cut = cutAtWord(thai, "th", at);
      expect(thai.startsWith(cut)).toBe(true);
      if (cut.length > 0) expect(isWordPrefix(cut, thai, "th"), `cut at ${at}: "${cut}"`).toBe(true);
      expect(graphemes(thai).some((grapheme) => grapheme.index === cut.length) || cut.length === 0).toBe(true);
    }
    expect(cutAtWord(thai, "th", 12)).not.toMatch(/รุนแ$/u);
  });

  it("keeps a short fact whole in all three languages", () => {
    const text = { th: "ข้าวหอมมะลิ", en: "Jasmine rice", ja: "ジャスミン米" };
    expect(shortQuote(text)).toEqual(text);
  });

  it("shortens a long fact to the same clauses in Thai, English and Japanese", () => {
    const clause = {
      th: "การท่องเที่ยวเชิงวัฒนธรรม",
      en: "cultural tourism with temples and old towns",
      ja: "寺院と古い町並みの文化観光",
    };
    const text = {
      th: Array.from({ length: 12 }, (_, index) => `${clause.th} ${index}`).join("; "),
      en: Array.from({ length: 12 }, (_, index) => `${clause.en} ${index}`).join("; "),
      ja: Array.from({ length: 12 }, (_, index) => `${clause.ja}${index}`).join("；"),
    };
    const quoted = shortQuote(text);
    expect(quoted.en.length).toBeLessThanOrEqual(QUOTE_LIMIT + 1);
    const count = (value: string, separator: RegExp) => value.replace(/…$/u, "").split(separator).length;
    expect(count(quoted.th, /;\s*/u)).toBe(count(quoted.en, /;\s+/u));
    expect(count(quoted.ja, /；/u)).toBe(count(quoted.en, /;\s+/u));
    for (const lang of ["th", "en", "ja"] as const) expect(quoted[lang].endsWith("…")).toBe(true);
  });

  it("cuts a long fact without clauses at word boundaries in every language", () => {
    const text = {
      th: "ความร่วมมือด้านการพัฒนาบุคลากรและการถ่ายทอดเทคโนโลยีการเกษตรสมัยใหม่ให้แก่เกษตรกรรายย่อย".repeat(6),
      en: "Cooperation on training people and passing modern farm technology to smallholders ".repeat(6).trim(),
      ja: "人材育成と小規模農家への近代的な農業技術の移転に関する協力".repeat(6),
    };
    const quoted = shortQuote(text);
    for (const lang of ["th", "en", "ja"] as const) {
      expect(quoted[lang].endsWith("…")).toBe(true);
      expect(isWordPrefix(quoted[lang], text[lang], lang), `${lang}: ${quoted[lang]}`).toBe(true);
    }
  });
});
