import type { Catalog } from "../catalog/catalog.ts";
import type { Evidence } from "./evidence.ts";
import type { IssueIndex } from "./profile.ts";

/**
 * What a query is about. `asked` are the issues understood, as specific as the query named them;
 * `exact` adds everything below them; `fallback` holds the issues above them (roots excluded), which
 * count for less and are named as what they are: a silk query may fall back on handicrafts.
 */
export type Focus = {
  asked: readonly string[];
  exact: ReadonlySet<string>;
  fallback: ReadonlySet<string>;
};

export const NO_FOCUS: Focus = { asked: [], exact: new Set(), fallback: new Set() };

export const focusOf = (catalog: Catalog, asked: readonly string[]): Focus => {
  const tree = catalog.issueTree;
  const exact = new Set(asked.flatMap((issue) => tree.subtree(issue)));
  const fallback = new Set(
    asked.flatMap((issue) => tree.lineage(issue).slice(1)).filter((issue) => !tree.isRoot(issue) && !exact.has(issue)),
  );
  return { asked, exact, fallback };
};

export const hasFocus = (focus: Focus): boolean => focus.asked.length > 0;

/** Whether a finding on this issue answers the query: exactly, as a fallback, or not at all. */
export const focusLevel = (focus: Focus, issue: string): "exact" | "fallback" | undefined => {
  if (!hasFocus(focus) || focus.exact.has(issue)) return "exact";
  return focus.fallback.has(issue) ? "fallback" : undefined;
};

/** A fallback finding counts for this much of an exact one. */
export const FALLBACK_WEIGHT = 0.4;

export const focusWeight = (level: "exact" | "fallback"): number => (level === "exact" ? 1 : FALLBACK_WEIGHT);

/**
 * The other side's facts that meet a fact tagged `issue`: tagged with the same issue, or with one
 * above or below it (a need on handicrafts meets an offer on ceramics; `narrower: false` leaves out
 * those below), never with a sibling (an offer on ceramics does not meet a need on silk). Nearest first; `shared` is what the two have
 * in common, the broader of the two tags. `broader: false` leaves out those above it.
 */
export const meeting = (
  catalog: Catalog,
  index: IssueIndex,
  issue: string,
  options: { siblings?: boolean; narrower?: boolean; broader?: boolean } = {},
): Array<{ shared: string; tag: string; evidence: readonly Evidence[]; isSibling?: boolean }> => {
  const tree = catalog.issueTree;
  const found: Array<{ shared: string; tag: string; evidence: readonly Evidence[]; isSibling?: boolean }> = [];
  const same = index.get(issue);
  if (same) found.push({ shared: issue, tag: issue, evidence: same });
  for (const narrower of options.narrower === false ? [] : tree.subtree(issue).slice(1)) {
    const evidence = index.get(narrower);
    if (evidence) found.push({ shared: issue, tag: narrower, evidence });
  }
  for (const broader of options.broader === false ? [] : tree.lineage(issue).slice(1)) {
    if (tree.isRoot(broader)) continue;
    const evidence = index.get(broader);
    if (evidence) found.push({ shared: broader, tag: broader, evidence });
  }
  // Two specific fields of one issue have that issue in common (floods and drought are both
  // disaster risks), a weaker meeting: only where the criterion allows it, and named as the issue.
  const parent = tree.lineage(issue)[1];
  if (options.siblings && parent && !tree.isRoot(parent))
    for (const sibling of tree.subtree(parent)) {
      const evidence = sibling === parent || tree.isRelated(sibling, issue) ? undefined : index.get(sibling);
      if (evidence) found.push({ shared: parent, tag: sibling, evidence, isSibling: true });
    }
  return found;
};

/** A meeting through a sibling field counts for this much of a direct one. */
export const SIBLING_WEIGHT = 0.5;
