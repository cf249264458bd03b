import { describe, expect, it } from "vitest";
import { buildCatalog, type Catalog } from "../src/catalog/catalog.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import { LINK_KINDS, type MentionIndex, mentionIndex } from "../src/matching/criteria/mention-index.ts";
import { nameMatcher } from "../src/matching/criteria/names.ts";
import type { Evidence } from "../src/matching/evidence.ts";
import { profileOf } from "../src/matching/profile.ts";

/**
 * The index as it was first written: every locality's names run over every fact of the other
 * country. Quadratic, so kept here only as the definition the fast index must reproduce.
 */
const bruteForce = (catalog: Catalog): MentionIndex => {
  const writers = catalog.data.localities.map((locality) => ({
    locality,
    evidence: profileOf(catalog, locality).facts.filter((evidence) => LINK_KINDS.includes(evidence.kind)),
  }));
  const index: MentionIndex = new Map();
  for (const named of catalog.data.localities) {
    const names = nameMatcher(named, named.parent ? catalog.localities.get(named.parent) : undefined);
    const byWriter = new Map<string, Evidence[]>();
    for (const writer of writers) {
      if (writer.locality.country === named.country) continue;
      const naming = writer.evidence.filter((evidence) => names(evidence.text));
      if (naming.length) byWriter.set(writer.locality.id, naming);
    }
    index.set(named.id, byWriter);
  }
  return index;
};

/** Keys in order, so a change of order (which decides the findings shown) is a difference too. */
const flat = (index: MentionIndex): string[] =>
  [...index].flatMap(([named, byWriter]) => [
    `${named}:`,
    ...[...byWriter].map(([writer, facts]) => `${named}<${writer}:${facts.map((fact) => fact.key).join(",")}`),
  ]);

describe("mention index", () => {
  it("finds exactly the facts the brute-force search over every locality's names finds, in the same order", () => {
    const { data } = loadReferenceData(loadConfig(process.env).dataDir);
    const fast = mentionIndex(buildCatalog(data));
    const reference = bruteForce(buildCatalog(data));
    expect(flat(fast)).toEqual(flat(reference));
    // Not vacuous: the reference dataset documents links both ways.
    const mentions = [...reference.values()].filter((byWriter) => byWriter.size > 0);
    expect(mentions.length).toBeGreaterThan(20);
  }, 240_000);
});
