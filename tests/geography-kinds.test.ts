import { describe, expect, it } from "vitest";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import type { GeographyKind } from "../src/domain/locality.ts";

/**
 * The geography criterion says "Similar geography (plateau)" on the strength of each fact's kind,
 * so a kind must be what the fact's own words say. These are the kinds readers caught confused:
 * hills filed as a plateau, a lake as a wetland, a dam reservoir as a lake, paddies as a wetland.
 */
const { data } = loadReferenceData(loadConfig().dataDir);
const facts = data.localities.flatMap((locality) =>
  (locality.geography ?? []).map((fact) => ({ id: locality.id, kind: fact.kind, en: fact.name.en })),
);

const SAYS: Partial<Record<GeographyKind, RegExp>> = {
  lake: /lake|lagoon|bueng|\bnong\b|pond/i,
  reservoir: /reservoir|\bdams?\b/i,
  plateau: /plateau|tableland|upland|highland|terrace/i,
  wetland: /wetland|marsh|swamp|mangrove|ramsar|tidal flat|peat|pond/i,
  plain: /plain|lowland|delta|flat|paddies|inland/i,
};
const NOT: Partial<Record<GeographyKind, RegExp>> = {
  lake: /reservoir|\bdam\b/i,
  plateau: /\bhills\b(?!.*(plateau|terrace))/i,
  wetland: /^(?!.*(wetland|marsh|swamp|ramsar)).*\blake\b/i,
};

describe("geography facts are of the kind their words say", () => {
  it("holds a few hundred geography facts to check", () => {
    expect(facts.length).toBeGreaterThan(500);
  });

  for (const kind of Object.keys(SAYS) as GeographyKind[]) {
    it(`calls a place a ${kind} only when its words say so`, () => {
      const says = SAYS[kind] as RegExp;
      const not = NOT[kind];
      const wrong = facts
        .filter((fact) => fact.kind === kind && (!says.test(fact.en) || (not?.test(fact.en) ?? false)))
        .map((fact) => `${fact.id}: ${fact.en}`);
      expect(wrong).toEqual([]);
    });
  }
});
