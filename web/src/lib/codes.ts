/** Coded values of the API, shared with the server's domain (zod-free module). */
import {
  JAPANESE_REGIONS,
  JAPANESE_TIERS,
  MATCH_TIER_GROUPS,
  RELATION_STATUSES,
  RELATION_TYPES,
  THAI_REGIONS,
  THAI_TIERS,
} from "../../../src/domain/vocabulary.ts";

export { JAPANESE_REGIONS, JAPANESE_TIERS, RELATION_STATUSES, RELATION_TYPES, THAI_REGIONS, THAI_TIERS };
export const MATCH_TIERS = MATCH_TIER_GROUPS;

export const tiersOf = (country: string): readonly string[] =>
  country === "TH" ? THAI_TIERS : country === "JP" ? JAPANESE_TIERS : [...THAI_TIERS, ...JAPANESE_TIERS];
export const regionsOf = (country: string): readonly string[] =>
  country === "TH" ? THAI_REGIONS : country === "JP" ? JAPANESE_REGIONS : [...THAI_REGIONS, ...JAPANESE_REGIONS];
