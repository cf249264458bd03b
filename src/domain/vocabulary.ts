/**
 * The coded values of the domain, free of zod so the web bundle can share them with the schemas
 * (src/domain/locality.ts, relation.ts) instead of keeping a copy.
 */
export const THAI_TIERS = [
  "capital",
  "special-city",
  "province",
  "pao",
  "city-municipality",
  "town-municipality",
  "subdistrict-municipality",
  "sao",
  "district",
  "community",
] as const;
export const JAPANESE_TIERS = [
  "prefecture",
  "designated-city",
  "core-city",
  "city",
  "special-ward",
  "town",
  "village",
] as const;
export const TIERS = [...THAI_TIERS, ...JAPANESE_TIERS] as const;

export const THAI_REGIONS = ["north", "northeast", "central", "east", "west", "south"] as const;
export const JAPANESE_REGIONS = [
  "hokkaido",
  "tohoku",
  "kanto",
  "chubu",
  "kinki",
  "chugoku",
  "shikoku",
  "kyushu",
] as const;

export const RELATION_TYPES = [
  "sister-city",
  "friendship",
  "cultural-twin",
  "sister-council",
  "mou",
  "letter-of-intent",
  "minutes",
  "branch-office",
  "desk",
  "secondment",
  "network-membership",
  "host-town",
  "project",
  "business-matching",
  "agreement",
  "exchange",
] as const;
export const RELATION_STATUSES = ["pending", "active", "declining", "lapsed", "ended"] as const;

/** The tier groups a match can be limited to (src/matching/engine.ts TIER_GROUPS). */
export const MATCH_TIER_GROUPS = ["prefecture", "city", "town"] as const;

/** The fields where sources can disagree: a relation's, and an organisation's seat. */
export const CONFLICT_FIELDS = [
  "parties",
  "type",
  "title",
  "start",
  "end",
  "status",
  "issues",
  "channel",
  "initiator",
  "activities",
  "outcomes",
  "based_in",
] as const;
