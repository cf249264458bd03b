import type { Catalog } from "../../catalog/catalog.ts";
import type { Evidence, Finding } from "../evidence.ts";
import { clamp01 } from "../evidence.ts";
import { type Profile, profileOf } from "../profile.ts";
import type { CriterionFn } from "./context.ts";
import { namePatterns } from "./names.ts";

const CULTURAL_ISSUES = [
  "historical-links",
  "religion",
  "festivals",
  "heritage",
  "handicrafts",
  "culture-arts",
] as const;

const allEvidence = (profile: Profile): Evidence[] => [
  ...new Set([...[...profile.mentions.values()].flat(), ...profile.heritage]),
];

const textOf = (evidence: Evidence): string =>
  `${evidence.text.en ?? ""}\n${evidence.text.th ?? ""}\n${evidence.text.ja ?? ""}`;

/** For each locality: the facts of the other country's localities that name it, by writer. */
type MentionIndex = Map<string, Map<string, Evidence[]>>;

const indexCache = new WeakMap<Catalog, MentionIndex>();

/** Built once per catalog: one pass of each locality's name patterns over every other profile. */
const mentionIndex = (catalog: Catalog): MentionIndex => {
  const cached = indexCache.get(catalog);
  if (cached) return cached;
  const writers = catalog.data.localities.map((locality) => {
    const evidence = allEvidence(profileOf(catalog, locality));
    return { locality, evidence, text: evidence.map(textOf).join("\n") };
  });
  const index: MentionIndex = new Map();
  for (const named of catalog.data.localities) {
    const patterns = namePatterns(named);
    const byWriter = new Map<string, Evidence[]>();
    for (const writer of writers) {
      if (writer.locality.country === named.country || !patterns.some((pattern) => pattern.test(writer.text))) continue;
      byWriter.set(
        writer.locality.id,
        writer.evidence.filter((item) => patterns.some((pattern) => pattern.test(textOf(item)))),
      );
    }
    index.set(named.id, byWriter);
  }
  indexCache.set(catalog, index);
  return index;
};

/**
 * Documented links: facts of one side that name the other (Yamada Nagamasa, a sister city, a
 * gift). Bangkok is named by every prefecture with an office there, which says little about any
 * one of them; a town named by one partner says a lot, so a link is worth less the more often the
 * named locality is named. Shared cultural themes add a little.
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
  for (const issue of CULTURAL_ISSUES) {
    const mine = a.mentions.get(issue)?.[0];
    const theirs = b.mentions.get(issue)?.[0];
    if (mine && theirs) findings.push({ kind: "shared-culture", issue, a: mine, b: theirs, weight: 0.4 });
  }
  const culture = Math.min(0.2, findings.filter((finding) => finding.kind === "shared-culture").length * 0.05);
  return { value: clamp01(0.8 * linked + culture), facts: findings };
};
