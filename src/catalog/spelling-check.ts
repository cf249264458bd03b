import type { Locality } from "../domain/locality.ts";
import type { Problem } from "./problem.ts";
import type { RecordKind, RecordLocation, ReferenceData } from "./reference-data.ts";

/**
 * One spelling per name (issue 12): a Japanese place named in Thai text, or a Thai place named in
 * Japanese text, is written as its record writes it. Spellings are compared after folding away
 * what varies between transcriptions (Thai tone marks, vowel length, aspiration; the katakana
 * long-vowel mark and small kana), so อูโอซุ is found as a way of writing อุโอซุ, and
 * ウドーンターニー as a way of writing ウドンタニ; a warning names the text and the canonical spelling.
 */

type Folded = { text: string; starts: number[] };

// Long and short vowels, aspirated and plain stops, ซ and ส: the letters transcriptions disagree on.
const THAI_FOLD: Record<string, string> = {
  "\u0E39": "\u0E38",
  "\u0E35": "\u0E34",
  "\u0E37": "\u0E36",
  ค: "ก",
  ท: "ต",
  พ: "ป",
  ช: "จ",
  ส: "ซ",
};
const THAI_DROP = /[\u0E47-\u0E4C\u0E30\u0E31]/; // ็ ่ ้ ๊ ๋ ์ ะ ั
const KANA_SMALL: Record<string, string> = {
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "",
  ー: "",
  "・": "",
  " ": "",
};

/** The folded form of a text, and where each folded character came from in the original. */
const fold = (text: string, script: "th" | "ja"): Folded => {
  const out: string[] = [];
  const starts: number[] = [];
  [...text].forEach((char, index) => {
    if (script === "th" && THAI_DROP.test(char)) return;
    const mapped = script === "th" ? (THAI_FOLD[char] ?? char) : (KANA_SMALL[char] ?? char);
    if (mapped === "") return;
    out.push(mapped);
    starts.push(index);
  });
  return { text: out.join(""), starts };
};

const THAI_TITLES = /^(จังหวัด|เมือง|นคร|กรุง|หมู่บ้าน|เขต)/;
const JAPANESE_SUFFIXES = /(県|都|府|市|郡|町|村|区|特別市|自治体)$/;

type Stem = { locality: Locality; canonical: string; folded: string };

const stemsOf = (localities: readonly Locality[], script: "th" | "ja"): Stem[] =>
  localities.flatMap((locality) => {
    const canonical =
      script === "th" ? locality.names.th.replace(THAI_TITLES, "") : locality.names.ja.replace(JAPANESE_SUFFIXES, "");
    const folded = fold(canonical, script).text;
    // Short names (two or three letters) fold into too many ordinary words to be told apart.
    return [...folded].length >= 4 ? [{ locality, canonical, folded }] : [];
  });

type TextAt = { kind: RecordKind; id: string; path: PropertyKey[]; lang: "th" | "ja"; text: string };

/** Every th and ja text of facts, relations, needs and roles; names are where spellings are set, not checked. */
function* textsOf(data: ReferenceData): Generator<TextAt> {
  const walk = function* (kind: RecordKind, id: string, node: unknown, path: PropertyKey[]): Generator<TextAt> {
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) yield* walk(kind, id, child, [...path, index]);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.th === "string" && typeof record.ja === "string" && typeof record.en === "string") {
      yield { kind, id, path: [...path, "th"], lang: "th", text: record.th };
      yield { kind, id, path: [...path, "ja"], lang: "ja", text: record.ja };
      return;
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === "names" || key === "synonyms" || key === "label") continue;
      yield* walk(kind, id, value, [...path, key]);
    }
  };
  for (const kind of ["localities", "relations", "needsOffers", "organisations"] as const) {
    for (const record of data[kind]) yield* walk(kind, record.id, record, []);
  }
}

const TRAILING = { th: /[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/, ja: /[ー\u30a1\u30a3\u30a5\u30a7\u30a9ッ]/ };
const LETTER = { th: /[\u0E01-\u0E2E\u0E40-\u0E44]/, ja: /[\u30a1-\u30fa]/ };

/**
 * The whole Thai syllable or katakana word of a match, and whether a letter of the same script
 * follows it (so it may be the start of a longer word: ฟูชิมิ is not ฟูจิ).
 */
const spanAt = (chars: string[], from: number, to: number, script: "th" | "ja") => {
  let end = to;
  while (end < chars.length && TRAILING[script].test(chars[end] ?? "")) end++;
  return { written: chars.slice(from, end).join(""), isFollowed: LETTER[script].test(chars[end] ?? "") };
};

/** Short names must stand alone to count; longer ones are distinctive enough inside running text. */
const DISTINCTIVE = 5;

/** Names worth checking are those someone wrote about: texts mention described localities. */
const isDescribed = (locality: Locality): boolean =>
  locality.strengths.length + locality.challenges.length + locality.industries.length + locality.heritage.length > 0 ||
  locality.geography.length > 0;

export const checkSpellings = (
  data: ReferenceData,
  locations: ReadonlyMap<string, RecordLocation>,
  described: (locality: Locality) => boolean = isDescribed,
): Problem[] => {
  const mentioned = data.localities.filter(described);
  const stems = {
    th: stemsOf(
      mentioned.filter((locality) => locality.country === "JP"),
      "th",
    ),
    ja: stemsOf(
      mentioned.filter((locality) => locality.country === "TH"),
      "ja",
    ),
  };
  const canonicalByFold = new Map<string, Set<string>>();
  for (const stem of [...stems.th, ...stems.ja]) {
    const set = canonicalByFold.get(stem.folded) ?? new Set<string>();
    set.add(stem.canonical);
    canonicalByFold.set(stem.folded, set);
  }
  const warnings: Problem[] = [];
  const seen = new Set<string>();
  for (const at of textsOf(data)) {
    const folded = fold(at.text, at.lang);
    const chars = [...at.text];
    for (const stem of stems[at.lang]) {
      let from = folded.text.indexOf(stem.folded);
      while (from >= 0) {
        const start = folded.starts[from] ?? 0;
        const last = folded.starts[from + [...stem.folded].length - 1] ?? start;
        const { written, isFollowed } = spanAt(chars, start, last + 1, at.lang);
        const canonical = canonicalByFold.get(stem.folded) ?? new Set([stem.canonical]);
        const key = `${at.kind}:${at.id}:${at.path.join(".")}:${written}`;
        const isVariant =
          fold(written, at.lang).text === stem.folded &&
          !canonical.has(written) &&
          (!isFollowed || [...stem.folded].length >= DISTINCTIVE);
        if (isVariant && !seen.has(key)) {
          seen.add(key);
          const location = locations.get(`${at.kind}:${at.id}`);
          const line = location?.lineOf(at.path);
          warnings.push({
            file: location?.file ?? "?",
            ...(line === undefined ? {} : { line }),
            id: at.id,
            field: at.path.map(String).join("."),
            message: `spells ${stem.locality.names.en} (${stem.locality.id}) "${written}"; its name is written "${[...canonical].join('" or "')}"`,
          });
        }
        from = folded.text.indexOf(stem.folded, from + 1);
      }
    }
  }
  return warnings;
};
