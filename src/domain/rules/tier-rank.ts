import type { Tier } from "../locality.ts";

/**
 * Comparable levels across the two systems, from the report's symmetry principle
 * (capital–capital, province–prefecture, city–city, town–town):
 * 1 regional government, 2 large city, 3 city, 4 town or village, 5 community.
 */
const LEVEL: Record<Tier, 1 | 2 | 3 | 4 | 5> = {
  capital: 1,
  province: 1,
  pao: 1,
  prefecture: 1,
  "special-city": 2,
  "city-municipality": 2,
  "designated-city": 2,
  "core-city": 2,
  "town-municipality": 3,
  district: 3,
  city: 3,
  "special-ward": 3,
  "subdistrict-municipality": 4,
  sao: 4,
  town: 4,
  village: 4,
  community: 5,
};

export const tierLevel = (tier: Tier): number => LEVEL[tier];

/** The MOI requires partners of equal rank. */
export const isEqualRank = (a: Tier, b: Tier): boolean => LEVEL[a] === LEVEL[b];

export const rankGap = (a: Tier, b: Tier): number => Math.abs(LEVEL[a] - LEVEL[b]);

export const isTopLevel = (tier: Tier): boolean => LEVEL[tier] === 1;
