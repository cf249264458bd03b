import { type Lang, LOCALES } from "./lang.ts";

export type Precision = "year" | "month" | "day";
export type PartialDate = { year: number; month: number; day: number; precision: Precision };

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "1989", "1989-08" or "1989-08-15": the precision is the form. */
export const parsePartialDate = (text: string): PartialDate | undefined => {
  const match = FORM.exec(text);
  if (!match) return undefined;
  const precision: Precision = match[3] ? "day" : match[2] ? "month" : "year";
  return { year: Number(match[1]), month: Number(match[2] ?? 1), day: Number(match[3] ?? 1), precision };
};

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
};

const JAPANESE_ERA = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric", timeZone: "UTC" });

/**
 * The Japanese era year of a date at its precision, from Intl's Japanese calendar: 平成28年. A
 * year in which the era changed gives both: 1989 is 昭和64年／平成元年.
 */
export const japaneseEraYear = (date: PartialDate): string => {
  const first = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (date.precision !== "year") return JAPANESE_ERA.format(first);
  const [start, end] = [first, new Date(Date.UTC(date.year, 11, 31))].map((day) => JAPANESE_ERA.format(day));
  return start === end ? (start ?? "") : `${start}／${end}`;
};

/**
 * A date shown with the precision it was recorded with; Thai readers get the Buddhist Era. With
 * `withEra`, a date standing alone (a signing, an activity) follows Japanese official usage:
 * the Western year with the era year beside it, 2016年（平成28年）.
 */
export const formatPartialDate = (text: string, lang: Lang, options: { withEra?: boolean } = {}): string => {
  const date = parsePartialDate(text);
  if (!date) return text;
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const shown = new Intl.DateTimeFormat(LOCALES[lang], { ...OPTIONS[date.precision], timeZone: "UTC" }).format(utc);
  return lang === "ja" && options.withEra ? `${shown}（${japaneseEraYear(date)}）` : shown;
};

/** A bare year as a number label (chart axes): the Buddhist Era year in Thai. */
export const displayYear = (year: number, lang: Lang): string => String(lang === "th" ? year + 543 : year);
