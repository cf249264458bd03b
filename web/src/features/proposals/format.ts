import { type Lang, LOCALES } from "../../lib/lang.ts";

/** A day in the reader's calendar (Buddhist era in Thai): "15 มี.ค. 2570", "15 Mar 2027", "2027年3月15日". */
export const formatDate = (value: string, lang: Lang): string => {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
};

/** A day in full, as Thai official letters write it: "15 มีนาคม 2570". */
export const formatLongDate = (value: string, lang: Lang): string => {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
};

export const formatBytes = (size: number): string =>
  size < 1024 * 1024 ? `${Math.max(1, Math.round(size / 1024))} KB` : `${(size / 1048576).toFixed(1)} MB`;
