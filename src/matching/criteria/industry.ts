import type { IssueTree } from "../../catalog/issue-tree.ts";
import { clamp01, type Finding } from "../evidence.ts";
import { focusLevel, focusWeight, hasFocus, meeting, SIBLING_WEIGHT } from "../focus.ts";
import type { CriterionFn } from "./context.ts";

/** Economic activities that every place has some of: sharing them says nothing about a cluster. */
const NOT_SECTORS: ReadonlySet<string> = new Set(["trade", "investment", "smes-startups", "local-products"]);

/** A festival or a temple in the industries list is tourism; crafts are industries of their own. */
export const isSectorIn = (tree: IssueTree, tag: string): boolean =>
  !NOT_SECTORS.has(tag) && (tree.lineage(tag).at(-1) !== "culture" || tree.lineage(tag).includes("handicrafts"));

/**
 * Similar industries on both sides, a cluster to link. Only industries count: a need or a
 * problem is not an industry, however it is tagged.
 */
export const industry: CriterionFn = (a, b, context) => {
  const best = new Map<string, Finding>();
  const tree = context.catalog.issueTree;
  const isSector = (tag: string) => isSectorIn(tree, tag);
  const relevant = (tags: Iterable<string>) =>
    [...tags].filter((tag) => isSector(tag) && focusLevel(context.focus, tag) !== undefined);
  for (const tag of relevant(a.industries.keys())) {
    const match = meeting(context.catalog, b.industries, tag, { siblings: true })[0];
    const level = match ? focusLevel(context.focus, match.shared) : undefined;
    if (!match || !level || best.has(match.shared)) continue;
    best.set(match.shared, {
      kind: "industry-similar",
      issue: match.shared,
      focus: hasFocus(context.focus) ? level : undefined,
      a: a.industries.get(tag)?.[0],
      b: match.evidence[0],
      weight: 0.8 * focusWeight(level) * (match.isSibling ? SIBLING_WEIGHT : 1),
      // Two different fields under one issue (coffee and rice under crops): scored, never said as "similar".
      ...(match.isSibling ? { detail: { sibling: 1 } } : {}),
    });
  }
  const findings = [...best.values()].sort(
    (x, y) => y.weight - x.weight || (x.issue ?? "").localeCompare(y.issue ?? ""),
  );
  const union = new Set([...relevant(a.industries.keys()), ...relevant(b.industries.keys())]).size;
  const shared = findings.reduce((sum, finding) => sum + finding.weight / 0.8, 0);
  return { value: union === 0 ? 0 : clamp01((1.5 * shared) / union), facts: findings };
};
