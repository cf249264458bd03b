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

/** A date shown with the precision it was recorded with; Thai readers get the Buddhist Era. */
export const formatPartialDate = (text: string, lang: Lang): string => {
  const date = parsePartialDate(text);
  if (!date) return text;
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return new Intl.DateTimeFormat(LOCALES[lang], { ...OPTIONS[date.precision], timeZone: "UTC" }).format(utc);
};

/** A bare year as a number label (chart axes): the Buddhist Era year in Thai. */
export const displayYear = (year: number, lang: Lang): string => String(lang === "th" ? year + 543 : year);
