/**
 * Years as people type them. Thai readers count in the Buddhist Era (BE = CE + 543); no year the
 * platform records is above 2400 in the Common Era, so a year above 2400 is read as BE.
 * zod-free, so the web shares it.
 */
export const BE_OFFSET = 543;
export const BE_THRESHOLD = 2400;
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2100;

export const commonEraYear = (year: number): number => (year > BE_THRESHOLD ? year - BE_OFFSET : year);

export type YearInput = { ok: true; year: number } | { ok: false; reason: "not-a-year" | "out-of-range" };

const THAI_DIGITS = /[๐-๙]/g;

/** "2559", "2016" or "๒๕๕๙" → 2016 (CE); anything else says why it is not a year. */
export const readYearInput = (text: string): YearInput => {
  const digits = text.trim().replace(THAI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0e50));
  if (!/^\d{4}$/.test(digits)) return { ok: false, reason: "not-a-year" };
  const year = commonEraYear(Number(digits));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? { ok: true, year } : { ok: false, reason: "out-of-range" };
};
