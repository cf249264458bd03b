import { clamp01, type Finding, saturate } from "../evidence.ts";
import type { Profile } from "../profile.ts";
import { type CriterionFn, firstOf, inFocus, type MatchContext } from "./context.ts";

const complements = (maker: Profile, needer: Profile, makerIsA: boolean, context: MatchContext): Finding[] =>
  [...maker.industries].flatMap(([issue, made]) => {
    const needs = inFocus(context, issue) ? needer.needs.get(issue) : undefined;
    if (!needs) return [];
    const [industry, need] = [firstOf(made), firstOf(needs)];
    return [
      { kind: "industry-complement", issue, a: makerIsA ? industry : need, b: makerIsA ? need : industry, weight: 1 },
    ];
  });

/** Similar industries (a cluster to link) or complementary ones (one side's industry, the other's need). */
export const industry: CriterionFn = (a, b, context) => {
  // With a query issue, only industries on that issue count.
  const mine = new Set([...a.industries.keys()].filter((issue) => inFocus(context, issue)));
  const theirs = new Set([...b.industries.keys()].filter((issue) => inFocus(context, issue)));
  const sharedIssues = [...mine].filter((issue) => theirs.has(issue)).sort();
  const union = new Set([...mine, ...theirs]).size;
  const similarity = union === 0 ? 0 : clamp01((1.5 * sharedIssues.length) / union);
  const similar: Finding[] = sharedIssues.map((issue) => ({
    kind: "industry-similar",
    issue,
    a: firstOf(a.industries.get(issue)),
    b: firstOf(b.industries.get(issue)),
    weight: 0.8,
  }));
  const complementary = [...complements(b, a, false, context), ...complements(a, b, true, context)];
  const value = Math.max(similarity, saturate(complementary.length, 0.5));
  return { value, facts: [...complementary, ...similar] };
};
