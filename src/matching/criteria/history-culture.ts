import type { Evidence, Finding } from "../evidence.ts";
import { clamp01 } from "../evidence.ts";
import type { Profile } from "../profile.ts";
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
  ...new Set([...profile.mentions.values()].flat()),
  ...profile.heritage,
];

/** Facts of one side that name the other: documented links (Yamada Nagamasa, a sister city, a gift). */
const mentionsOf = (writer: Profile, named: Profile): Evidence[] => {
  const patterns = namePatterns(named.locality);
  if (patterns.length === 0) return [];
  return [...new Set(allEvidence(writer))].filter((evidence) =>
    patterns.some(
      (pattern) => pattern.test(evidence.text.en) || pattern.test(evidence.text.th) || pattern.test(evidence.text.ja),
    ),
  );
};

export const historyCulture: CriterionFn = (a, b) => {
  const findings: Finding[] = [];
  for (const evidence of mentionsOf(a, b).slice(0, 3))
    findings.push({ kind: "mentions-partner", a: evidence, weight: 1.5 });
  for (const evidence of mentionsOf(b, a).slice(0, 3))
    findings.push({ kind: "mentions-partner", b: evidence, weight: 1.5 });
  for (const issue of CULTURAL_ISSUES) {
    const mine = a.mentions.get(issue)?.[0];
    const theirs = b.mentions.get(issue)?.[0];
    if (mine && theirs) findings.push({ kind: "shared-culture", issue, a: mine, b: theirs, weight: 0.4 });
  }
  const linked = findings.some((finding) => finding.kind === "mentions-partner") ? 0.7 : 0;
  const culture = findings.filter((finding) => finding.kind === "shared-culture").length * 0.1;
  return { value: clamp01(linked + culture + (findings.length > 3 ? 0.1 : 0)), facts: findings };
};
