import { type AnyText, type Lang, type Text, textIn } from "../domain/text.ts";

/**
 * Quotes in reasons say the same in Thai, English and Japanese. A fact is quoted whole when its
 * English is at most QUOTE_LIMIT characters (all but a few facts are), so the three languages
 * carry the same content. A longer one is cut, in all three languages at once, after the same
 * number of clauses where the three split into the same clauses, or else at the same share of its
 * length, always on a word boundary found by Intl.Segmenter and never inside a grapheme ("รุนแ…"
 * cannot happen).
 */
// 400 (was 300): at 300, 26 reference facts were cut, and a cut at the same share of the length
// can keep in compact Japanese what it drops in English and Thai (a reader of sample 12 found
// Mie's waste advice only in the Japanese quote). Every reference fact now fits whole; a test in
// tests/reference-data.test.ts keeps it so, and only longer texts users enter are cut.
export const QUOTE_LIMIT = 400;

const ELLIPSIS = "…";

const CLAUSE_END: Record<Lang, RegExp> = { en: /;\s+/g, th: /;\s*/g, ja: /[；;]\s*/g };

const clauses = (text: string, lang: Lang): string[] => {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_END[lang])) {
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(text.slice(start));
  return parts;
};

const segmenters = new Map<Lang, Intl.Segmenter>();
const wordSegmenter = (lang: Lang): Intl.Segmenter => {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, found);
  }
  return found;
};

/** The text up to the last word boundary at or before `at` (word boundaries are grapheme boundaries). */
export const cutAtWord = (text: string, lang: Lang, at: number): string => {
  if (at >= text.length) return text;
  let cut = 0;
  for (const segment of wordSegmenter(lang).segment(text)) {
    if (segment.index > at) break;
    cut = segment.index;
  }
  return text.slice(0, cut).replace(/[\s,;:、，；：(（「“]+$/u, "");
};

/**
 * Quotes at the usual limit, per text object: a fact is quoted in the reasons of every pair it
 * takes part in, and segmenting a long one cost more than scoring all of an asker's candidates.
 * A text object is never changed once loaded (an edit reloads the data into new objects, see
 * catalog.service.ts), so the same object always shortens to the same quote.
 */
const shortened = new WeakMap<AnyText, Text>();

/** Shortens a fact for quoting, in every language at once, to the same content. */
export const shortQuote = (text: AnyText, limit = QUOTE_LIMIT): Text => {
  if (limit !== QUOTE_LIMIT) return shorten(text, limit);
  let quote = shortened.get(text);
  if (!quote) {
    // Frozen: every reason that quotes the fact shares this object.
    quote = Object.freeze(shorten(text, limit));
    shortened.set(text, quote);
  }
  return quote;
};

const shorten = (text: AnyText, limit: number): Text => {
  const whole = { th: textIn(text, "th").value, en: textIn(text, "en").value, ja: textIn(text, "ja").value };
  if (whole.en.length <= limit) return whole;
  const split = { th: clauses(whole.th, "th"), en: clauses(whole.en, "en"), ja: clauses(whole.ja, "ja") };
  const count = split.en.length;
  if (count > 1 && split.th.length === count && split.ja.length === count) {
    let keep = 0;
    for (let length = 0; keep < count - 1; keep++) {
      length += (split.en[keep] ?? "").length + 2;
      if (length > limit) break;
    }
    if (keep > 0) {
      const first = (lang: Lang) => `${split[lang].slice(0, keep).join(lang === "ja" ? "；" : "; ")}${ELLIPSIS}`;
      return { th: first("th"), en: first("en"), ja: first("ja") };
    }
  }
  const share = limit / whole.en.length;
  const cut = (lang: Lang) => `${cutAtWord(whole[lang], lang, Math.floor(whole[lang].length * share))}${ELLIPSIS}`;
  return { th: cut("th"), en: cut("en"), ja: cut("ja") };
};
