import type { Catalog } from "../catalog/catalog.ts";
import { type Focus, focusOf, NO_FOCUS } from "./focus.ts";

/** A term of an issue found in a query, at the span [at, end) of the query's words it matched. */
export type IssueMatch = { issue: string; term: string; at: number; end: number };
export type Understanding = { issues: string[]; matches: IssueMatch[]; focus: Focus };

type Script = "th" | "ja" | "en";
type Term = { issue: string; text: string; tokens: string[]; script: Script };

const THAI = /\p{sc=Thai}/u;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const scriptOf = (text: string): Script => (THAI.test(text) ? "th" : CJK.test(text) ? "ja" : "en");

/**
 * Folds the spelling variants people type: case, width, punctuation and hyphens, Thai tone and
 * silent marks ("ซิตี้" = "ซิตี"), hiragana against katakana ("ごみ" = "ゴミ"), English plurals.
 */
export const normalise = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u0E48-\u0E4C]/g, "")
    .replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60))
    .replace(/[-_/.,;:!?'"()[\]{}“”‘’「」『』、。・]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const segmenters = new Map<Script, Intl.Segmenter>();
const segmenter = (script: Script): Intl.Segmenter => {
  let found = segmenters.get(script);
  if (!found) {
    found = new Intl.Segmenter(script, { granularity: "word" });
    segmenters.set(script, found);
  }
  return found;
};

const stem = (token: string): string =>
  /^[a-z]{4,}s$/.test(token) && !token.endsWith("ss") ? token.slice(0, -1) : token;

/** Word tokens with their offsets; Thai and Japanese are segmented by Intl.Segmenter. */
const tokenise = (text: string): Array<{ token: string; at: number; end: number }> =>
  [...segmenter(scriptOf(text)).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => ({
      token: stem(segment.segment),
      at: segment.index,
      end: segment.index + segment.segment.length,
    }));

const editDistanceAtMostOne = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  return (
    rest(i + 1, i + 1) ||
    rest(i + 1, i) ||
    rest(i, i + 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2))
  );
};

const termCache = new WeakMap<Catalog, Term[]>();
const termsOf = (catalog: Catalog): Term[] => {
  const cached = termCache.get(catalog);
  if (cached) return cached;
  const terms: Term[] = [];
  for (const issue of catalog.data.issues) {
    const words = [
      ...issue.synonyms.th,
      ...issue.synonyms.en,
      ...issue.synonyms.ja,
      issue.label.th,
      issue.label.en,
      issue.label.ja,
      issue.id.replace(/-/g, " "),
    ];
    for (const word of new Set(words.map(normalise))) {
      if (!word) continue;
      terms.push({
        issue: issue.id,
        text: word,
        tokens: tokenise(word).map((token) => token.token),
        script: scriptOf(word),
      });
    }
  }
  termCache.set(catalog, terms);
  return terms;
};

type Span = { at: number; end: number };

/**
 * Where a term occurs in the query, as the span of the query's own words. A typo is forgiven in a
 * word of five letters or more, typed and known alike: "port" is no misspelling of "sport".
 */
const findTerm = (term: Term, text: string, tokens: ReturnType<typeof tokenise>): Span | undefined => {
  if (term.tokens.length > 0) {
    for (let i = 0; i + term.tokens.length <= tokens.length; i++) {
      const fits = term.tokens.every((token, offset) => {
        const candidate = tokens[i + offset]?.token ?? "";
        return (
          candidate === token ||
          (term.script === "en" &&
            token.length >= 5 &&
            candidate.length >= 5 &&
            editDistanceAtMostOne(candidate, token))
        );
      });
      const first = tokens[i];
      const last = tokens[i + term.tokens.length - 1];
      if (fits && first && last) return { at: first.at, end: last.end };
    }
  }
  // Segmenters do not always cut compounds the same way; long Thai and Japanese terms may match inside words.
  const minimum = term.script === "ja" ? 2 : term.script === "th" ? 4 : Number.POSITIVE_INFINITY;
  if (term.text.length >= minimum) {
    const at = text.indexOf(term.text);
    if (at >= 0) return { at, end: at + term.text.length };
  }
  return undefined;
};

/**
 * Keeps what the query names most specifically. A term inside a longer term that matched is
 * dropped ("ผ้า" inside "ผ้าไหม"); an issue is dropped when one below it matched too ("crafts:
 * ceramics" is ceramics); and a root's broad word counts only when nothing more specific is
 * named, so "city" in "city waste" does not pull in every urban issue.
 */
const mostSpecific = (catalog: Catalog, matches: IssueMatch[]): IssueMatch[] => {
  const tree = catalog.issueTree;
  const length = (match: IssueMatch) => match.end - match.at;
  const inside = (inner: IssueMatch, outer: IssueMatch) =>
    outer !== inner && length(outer) > length(inner) && outer.at <= inner.at && inner.end <= outer.end;
  const whole = matches.filter((match) => !matches.some((other) => inside(match, other)));
  const issues = new Set(whole.map((match) => match.issue));
  const narrowest = whole.filter(
    (match) => ![...issues].some((other) => other !== match.issue && tree.lineage(other).includes(match.issue)),
  );
  const hasSpecific = narrowest.some((match) => !tree.isRoot(match.issue));
  return narrowest.filter((match) => !hasSpecific || !tree.isRoot(match.issue));
};

/**
 * Maps free text in any of the three languages to taxonomy issues: the issues understood, as
 * specific as the text names them, and the focus a query on them has.
 */
export const understandIssue = (catalog: Catalog, input: string): Understanding => {
  const text = normalise(input);
  if (!text) return { issues: [], matches: [], focus: NO_FOCUS };
  const tokens = tokenise(text);
  const found: IssueMatch[] = [];
  for (const term of termsOf(catalog)) {
    const span = findTerm(term, text, tokens);
    if (span !== undefined) found.push({ issue: term.issue, term: term.text, ...span });
  }
  const kept = mostSpecific(catalog, found);
  const firstAt = new Map<string, number>();
  for (const match of kept)
    firstAt.set(match.issue, Math.min(firstAt.get(match.issue) ?? Number.POSITIVE_INFINITY, match.at));
  const issues = [...firstAt.keys()].sort(
    (x, y) => (firstAt.get(x) ?? 0) - (firstAt.get(y) ?? 0) || x.localeCompare(y),
  );
  return { issues, matches: kept, focus: focusOf(catalog, issues) };
};
