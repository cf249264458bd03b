import type { Lang } from "../lib/lang.ts";

/**
 * "Atlas · Jubkoo", or the brand alone on the home page. The Thai name จับคู่ is added for
 * readers of English and Japanese only: in Thai the brand already is จับคู่.
 */
export const pageTitle = (title: string | undefined, brand: string, lang: Lang): string => {
  const home = lang === "th" ? brand : `${brand} · จับคู่`;
  return title ? `${title} · ${brand}` : home;
};
