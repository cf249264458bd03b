import { z } from "zod";

export type DatePrecision = "year" | "month" | "day";
export type PartialDate = { year: number; month?: number; day?: number; precision: DatePrecision };

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "1989", "1989-08" or "1989-08-15"; the precision is the form. */
export const parsePartialDate = (text: string): PartialDate | undefined => {
  const match = FORM.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1800 || year > 2100) return undefined;
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day, precision: "day" };
};

export const PartialDateSchema = z
  .string()
  .refine((text) => parsePartialDate(text) !== undefined, {
    message: 'expected a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  })
  .describe('A date with its precision: "YYYY", "YYYY-MM" or "YYYY-MM-DD"');

/** The earliest day the partial date can mean, for ordering and ageing. */
export const earliestDay = (date: PartialDate): Date =>
  new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));

/** The latest day it can mean: a relation active "in 2016" was alive until the end of 2016. */
export const latestDay = (date: PartialDate): Date => {
  if (date.precision === "day") return earliestDay(date);
  if (date.precision === "month") return new Date(Date.UTC(date.year, date.month ?? 12, 0));
  return new Date(Date.UTC(date.year, 11, 31));
};
