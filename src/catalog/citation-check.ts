import { normaliseSource, type Source } from "../domain/source.ts";
import type { Problem } from "./problem.ts";
import type { RecordKind, RecordLocation, ReferenceData } from "./reference-data.ts";

/**
 * Warnings `data check` gives about what facts say against what they cite:
 * - a year or a number in a fact that cites report lines, which those lines do not contain (the
 *   fact says more than its citation covers: split it, cite every range, or re-source it);
 * - a Western year in Thai text that is not marked ค.ศ. (Thai readers expect Buddhist Era years).
 */
export type TextNode = { th: string; en: string; ja: string };

const isText = (value: unknown): value is TextNode =>
  typeof value === "object" &&
  value !== null &&
  ["th", "en", "ja"].every((lang) => typeof (value as Record<string, unknown>)[lang] === "string");

const TEXT_KEYS = ["text", "name", "role", "title", "value", "note", "theme"] as const;

const YEAR = /(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)/g;
/** Whole numbers of 100 or more, with or without thousands separators. */
const NUMBER = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,])\d{3,}(?![\d.,]\d)/g;

/** Years and numbers a statement makes, as plain digits. */
export const claimsOf = (english: string): string[] => {
  const years = [...english.matchAll(YEAR)].map((match) => match[0]);
  const numbers = [...english.matchAll(NUMBER)].map((match) => match[0].replace(/,/g, ""));
  return [...new Set([...years, ...numbers])];
};

/** Thai number words that multiply the figure before them ("8 แสนบาท" is 800,000 baht). */
const THAI_MULTIPLIERS: Record<string, number> = { หมื่น: 10_000, แสน: 100_000, ล้าน: 1_000_000 };

/**
 * The cited text's digits as plain ASCII digits without separators. Thai digits count as digits,
 * the PDF extraction's stray spaces inside a number are closed up ("1 990", "2 ,300"), and a
 * figure with a Thai multiplier is also written out in full beside it.
 */
const plainDigits = (cited: string): string =>
  cited
    .replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .replace(/(?<![\d,])(\d)(?: ,| )(?=\d{3}(?!\d))/g, "$1")
    .replace(/(\d),(?=\d{3})/g, "$1")
    .replace(
      /(?<![\d.])(\d+(?:\.\d+)?)\s*(หมื่น|แสน|ล้าน)/g,
      (words, figure: string, unit: string) => `${words} ${Math.round(Number(figure) * (THAI_MULTIPLIERS[unit] ?? 1))}`,
    );

/** Whether the cited text contains the claim: digits without separators; a year also as BE (year + 543). */
export const isInCited = (claim: string, cited: string): boolean => {
  const plain = plainDigits(cited);
  const found = (digits: string) => new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(plain);
  if (found(claim)) return true;
  const year = Number(claim);
  return claim.length === 4 && year >= 1800 && year <= 2100 && found(String(year + 543));
};

/** A Western year in Thai text, unless marked ค.ศ. or part of a Latin-script name ("THAIFEX 2016"). */
export const unmarkedWesternYears = (thai: string): string[] =>
  [...thai.matchAll(YEAR)]
    .filter((match) => {
      const before = thai.slice(Math.max(0, (match.index ?? 0) - 6), match.index);
      return !/ค\.ศ\.\s*$/.test(before) && !/[A-Za-z][A-Za-z.&'-]*\s*$/.test(before);
    })
    .map((match) => match[0]);

type Cite = { kind: RecordKind; id: string; path: PropertyKey[]; text: TextNode; sources: Source[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function* texts(
  node: unknown,
  path: PropertyKey[],
): Generator<{ path: PropertyKey[]; text: TextNode; sources: Source[] }> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* texts(child, [...path, index]);
    return;
  }
  if (!isObject(node)) return;
  const sources = [
    ...(node.source === undefined ? [] : [node.source as Source]),
    ...(Array.isArray(node.sources) ? (node.sources as Source[]) : []),
  ];
  for (const key of TEXT_KEYS) {
    const value = node[key];
    if (isText(value)) yield { path: [...path, key], text: value, sources };
  }
  for (const [key, value] of Object.entries(node)) {
    if (!(TEXT_KEYS as readonly string[]).includes(key) || !isText(value)) yield* texts(value, [...path, key]);
  }
}

function* everyText(data: ReferenceData): Generator<Cite> {
  for (const kind of Object.keys(data) as RecordKind[]) {
    for (const record of data[kind]) {
      for (const found of texts(record, [])) yield { kind, id: record.id, ...found };
    }
  }
}

export const checkCitations = (
  data: ReferenceData,
  locations: ReadonlyMap<string, RecordLocation>,
  reportLines: readonly string[] | undefined,
): Problem[] => {
  const warnings: Problem[] = [];
  const at = (cite: Cite, message: string) => {
    const location = locations.get(`${cite.kind}:${cite.id}`);
    const line = location?.lineOf(cite.path);
    warnings.push({
      file: location?.file ?? "?",
      ...(line === undefined ? {} : { line }),
      id: cite.id,
      field: cite.path.map(String).join("."),
      message,
    });
  };
  for (const cite of everyText(data)) {
    for (const year of unmarkedWesternYears(cite.text.th)) {
      at(cite, `Thai text has the Western year ${year}: write it in BE (${Number(year) + 543}) or mark it ค.ศ.`);
    }
    if (!reportLines) continue;
    const ranges = cite.sources
      .map((source) => normaliseSource(source).parsed)
      .filter((parsed) => parsed.kind === "report");
    // Only a fact that rests on the report alone must find its figures there.
    if (ranges.length === 0 || ranges.length !== cite.sources.length) continue;
    const cited = ranges.map((range) => reportLines.slice(range.from - 1, range.to).join("\n")).join("\n");
    const missing = claimsOf(cite.text.en).filter((claim) => !isInCited(claim, cited));
    if (missing.length) {
      at(
        cite,
        `${missing.join(", ")} not in the cited report lines (${ranges.map((r) => `${r.from}-${r.to}`).join(", ")})`,
      );
    }
  }
  return warnings;
};
