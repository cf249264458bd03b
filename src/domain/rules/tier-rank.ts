import type { Tier } from "../locality.ts";

/**
 * Comparable levels across the two systems, from the report's symmetry principle
 * (capital–capital, province–prefecture, city–city, town–town) and the size each tier implies:
 * 1 regional government; 2 metropolitan city (designated city, Pattaya); 3 city (a Thai city
 * municipality has 50,000+ people, a Japanese shi 50,000+ at creation); 4 town (Thai town
 * municipality 10,000+, Japanese machi, Thai district); 5 subdistrict body or village; 6 community.
 */
const LEVEL: Record<Tier, 1 | 2 | 3 | 4 | 5 | 6> = {
  capital: 1,
  province: 1,
  pao: 1,
  prefecture: 1,
  "special-city": 2,
  "designated-city": 2,
  "city-municipality": 3,
  "core-city": 3,
  city: 3,
  "special-ward": 3,
  "town-municipality": 4,
  district: 4,
  town: 4,
  "subdistrict-municipality": 5,
  sao: 5,
  village: 5,
  community: 6,
};

export const tierLevel = (tier: Tier): number => LEVEL[tier];

/** The MOI requires partners of equal rank. */
export const isEqualRank = (a: Tier, b: Tier): boolean => LEVEL[a] === LEVEL[b];

export const rankGap = (a: Tier, b: Tier): number => Math.abs(LEVEL[a] - LEVEL[b]);

/**
 * Tokyo Metropolis, Japan's capital, is a prefecture in Japan's system, so its tier cannot say
 * it is a capital: the rule below names it.
 */
const JAPANESE_CAPITAL = "JP-13";

type Ranked = { id: string; tier: Tier };
const isCapital = (locality: Ranked): boolean => locality.tier === "capital" || locality.id === JAPANESE_CAPITAL;

/**
 * The MOI establishes a sister-city tie only between bodies of the same level, "a capital with a
 * capital" (report 8878-8881: Bangkok and Fukuoka Prefecture could sign only a friendship
 * agreement). Bangkok and Tokyo score on the scale as regional governments, but each is of equal
 * rank only with the other: a Thai province is not Tokyo's equal either.
 */
export const isCapitalMismatch = (a: Ranked, b: Ranked): boolean => isCapital(a) !== isCapital(b);
