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
/**
 * An ongoing relation (an agreement, an office, a network seat) lives and can age; a one-off
 * event (a trade fair, a visit, a grant handed over) happens once and is over.
 */
export const RELATION_FORMS = ["ongoing", "one-off"] as const;
export const RELATION_STATUSES = ["pending", "active", "declining", "lapsed", "ended", "held"] as const;
/** What each form's status can be: an event is announced (pending) or has taken place (held). */
export const STATUSES_OF_FORM = {
  ongoing: ["pending", "active", "declining", "lapsed", "ended"],
  "one-off": ["pending", "held"],
} as const satisfies Record<(typeof RELATION_FORMS)[number], readonly (typeof RELATION_STATUSES)[number][]>;

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
