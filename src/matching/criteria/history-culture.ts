import type { Catalog } from "../../catalog/catalog.ts";
import type { FactKind } from "../../domain/fact-kind.ts";
import type { Evidence, Finding } from "../evidence.ts";
import { clamp01 } from "../evidence.ts";
import { focusLevel, hasFocus } from "../focus.ts";
import { type Profile, profileOf } from "../profile.ts";
import type { CriterionFn } from "./context.ts";
import { nameMatcher } from "./names.ts";

/**
 * Facts that can document a link: anything a locality says, except its designations, its land, its
 * offices (an office in Bangkok is a presence in Thailand, not a link with the city) and its
 * industries (a car maker's plant in Rayong is the firm's presence there, not the prefecture's tie).
 */
const LINK_KINDS: readonly FactKind[] = ["offer", "challenge", "need", "relation", "heritage", "event"];

/** Facts that can show a living tradition: heritage, speciality crafts and industries, offers. */
const TRADITION_KINDS: readonly FactKind[] = ["heritage", "industry", "offer"];

/** For each locality: the facts of the other country's localities that name it, by writer. */
type MentionIndex = Map<string, Map<string, Evidence[]>>;

const indexCache = new WeakMap<Catalog, MentionIndex>();

/** Built once per catalog: each locality's names looked for, as words, in every other profile. */
const mentionIndex = (catalog: Catalog): MentionIndex => {
  const cached = indexCache.get(catalog);
  if (cached) return cached;
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
  indexCache.set(catalog, index);
  return index;
};

/** A specific tradition: a field below a culture issue (Buddhism, ceramics, lantern festivals), not a whole area. */
const isSpecificTradition = (catalog: Catalog, issue: string): boolean => {
  const lineage = catalog.issueTree.lineage(issue);
  return lineage.length === 3 && lineage[2] === "culture";
};

const traditions = (catalog: Catalog, profile: Profile): Map<string, Evidence> => {
  const found = new Map<string, Evidence>();
  for (const evidence of profile.facts) {
    if (!TRADITION_KINDS.includes(evidence.kind)) continue;
    for (const issue of evidence.issues)
      if (isSpecificTradition(catalog, issue) && !found.has(issue)) found.set(issue, evidence);
  }
  return found;
};

/**
 * Documented links: facts of one side that name the other (Yamada Nagamasa, a sister city, a
 * gift). Bangkok is named by every prefecture with an office there, which says little about any
 * one of them; a town named by one partner says a lot, so a link is worth less the more often the
 * named locality is named. The same specific tradition on both sides adds a little; two
 * traditions that merely share a broad label (a Shinto shrine and a Buddhist temple) do not.
 */
export const historyCulture: CriterionFn = (a, b, context) => {
  const index = mentionIndex(context.catalog);
  const aNamesB = (index.get(b.locality.id)?.get(a.locality.id) ?? []).slice(0, 3);
  const bNamesA = (index.get(a.locality.id)?.get(b.locality.id) ?? []).slice(0, 3);
  const findings: Finding[] = [
    ...aNamesB.map((evidence) => ({ kind: "mentions-partner", a: evidence, weight: 1.5 })),
    ...bNamesA.map((evidence) => ({ kind: "mentions-partner", b: evidence, weight: 1.5 })),
  ];
  const distinctiveness = (profile: Profile) =>
    1 / (1 + Math.log(Math.max(1, index.get(profile.locality.id)?.size ?? 0)));
  const linked = Math.max(aNamesB.length ? distinctiveness(b) : 0, bNamesA.length ? distinctiveness(a) : 0);
  const mine = traditions(context.catalog, a);
  const theirs = traditions(context.catalog, b);
  for (const [issue, evidence] of mine) {
    const other = theirs.get(issue);
    const level = focusLevel(context.focus, issue);
    if (!other || !level) continue;
    findings.push({
      kind: "shared-tradition",
      issue,
      focus: hasFocus(context.focus) ? level : undefined,
      a: evidence,
      b: other,
      weight: 0.4,
    });
  }
  const culture = Math.min(0.2, findings.filter((finding) => finding.kind === "shared-tradition").length * 0.05);
  return { value: clamp01(0.8 * linked + culture), facts: findings };
};
