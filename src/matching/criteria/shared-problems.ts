import { type Finding, saturate } from "../evidence.ts";
import { type CriterionFn, firstOf, inFocus } from "./context.ts";

/** The same challenge on both sides: partners can solve it together. */
export const sharedProblems: CriterionFn = (a, b, context) => {
  const findings: Finding[] = [];
  for (const [issue, needs] of a.needs) {
    if (!inFocus(context, issue)) continue;
    const theirs = b.needs.get(issue);
    if (theirs) findings.push({ kind: "shared-problem", issue, a: firstOf(needs), b: firstOf(theirs), weight: 1 });
  }
  findings.sort((x, y) => (x.issue ?? "").localeCompare(y.issue ?? ""));
  return { value: saturate(findings.length, context.focus.size > 0 ? 1.2 : 0.5), facts: findings };
};
