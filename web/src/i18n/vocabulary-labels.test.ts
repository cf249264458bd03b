import { describe, expect, it } from "vitest";
import { ACCESS_KINDS, GEOGRAPHY_KINDS } from "../../../src/domain/locality.ts";
import { ORGANISATION_KINDS } from "../../../src/domain/organisation.ts";
import { CHANNELS } from "../../../src/domain/relation.ts";
import {
  CONFLICT_FIELDS,
  JAPANESE_REGIONS,
  RELATION_STATUSES,
  RELATION_TYPES,
  THAI_REGIONS,
  TIERS,
} from "../../../src/domain/vocabulary.ts";
import { LANGS } from "../lib/lang.ts";
import { CATALOG } from "./catalog.ts";

/** Every coded value a page can show, with the prefix its label key has. */
const CODES: [string, readonly string[]][] = [
  ["field", CONFLICT_FIELDS],
  ["relation.type", RELATION_TYPES],
  ["relation.status", RELATION_STATUSES],
  ["tier", TIERS],
  ["region", [...THAI_REGIONS, ...JAPANESE_REGIONS]],
  ["organisation", ORGANISATION_KINDS],
  ["geography", GEOGRAPHY_KINDS],
  ["access", ACCESS_KINDS],
  ["channel", CHANNELS],
];

describe("labels of coded values", () => {
  it("labels every code a page shows, in every language, so no raw code reaches a reader", () => {
    const missing = LANGS.flatMap((lang) =>
      CODES.flatMap(([prefix, codes]) =>
        codes.filter((code) => !(`${prefix}.${code}` in CATALOG[lang])).map((code) => `${lang} ${prefix}.${code}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
