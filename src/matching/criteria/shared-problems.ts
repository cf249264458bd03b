import { type Finding, saturate } from "../evidence.ts";
import { focusLevel, focusWeight, hasFocus, meeting } from "../focus.ts";
import { problemRarity } from "../profile.ts";
import type { CriterionFn } from "./context.ts";

/**
 * The same problem on both sides (challenges, not wishes): partners can solve it together. Two
 * specific problems of one issue (floods, earthquakes) are not the same problem. A problem and one
 * under it (ageing and depopulation) are related, not the same: they count, and are said as related.
 * A rare problem shared says more than one nearly everyone has (problemRarity).
 */
export const sharedProblems: CriterionFn = (a, b, context) => {
  const best = new Map<string, Finding>();
  const rarity = problemRarity(context.catalog);
  for (const [tag, mine] of a.problems) {
    const match = meeting(context.catalog, b.problems, tag)[0];
    const level = match ? focusLevel(context.focus, match.shared) : undefined;
    if (!match || !level || best.has(match.shared)) continue;
    best.set(match.shared, {
      kind: "shared-problem",
      issue: match.shared,
      focus: hasFocus(context.focus) ? level : undefined,
      a: mine[0],
      b: match.evidence[0],
      weight: focusWeight(level) * (rarity.get(match.shared) ?? 1),
      ...(match.tag === tag ? {} : { detail: { related: 1 } }),
    });
  }
  const findings = [...best.values()].sort(
    (x, y) => y.weight - x.weight || (x.issue ?? "").localeCompare(y.issue ?? ""),
  );
  const count = findings.reduce((sum, finding) => sum + finding.weight, 0);
  return { value: saturate(count, hasFocus(context.focus) ? 1.2 : 0.5), facts: findings };
};
