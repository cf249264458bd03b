import type { Issue } from "../domain/issue.ts";

/** The issue taxonomy as a tree: a root, the issues under it, and specific fields under those. */
export type IssueTree = {
  /** The issue and every issue above it, nearest first (the issue itself first). */
  lineage: (id: string) => readonly string[];
  /** The issue and every issue below it. */
  subtree: (id: string) => readonly string[];
  /** 0 for a root, 1 for an issue, 2 for a specific field. */
  depth: (id: string) => number;
  isRoot: (id: string) => boolean;
  /** True when one of the two is the other or above it: a tag on either may meet the other. */
  isRelated: (x: string, y: string) => boolean;
  /** Of two related issues, the broader: what a fact on each has in common. */
  broader: (x: string, y: string) => string;
};

export const buildIssueTree = (issues: readonly Issue[]): IssueTree => {
  const parentOf = new Map(issues.map((issue) => [issue.id, issue.parent]));
  const children = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.parent === null) continue;
    const list = children.get(issue.parent);
    if (list) list.push(issue.id);
    else children.set(issue.parent, [issue.id]);
  }
  const lineageCache = new Map<string, string[]>();
  const lineage = (id: string): string[] => {
    const cached = lineageCache.get(id);
    if (cached) return cached;
    const chain: string[] = [];
    // A cycle would be a data error (data check reports it); the guard keeps this total.
    for (let at: string | null | undefined = id; at && !chain.includes(at); at = parentOf.get(at)) chain.push(at);
    lineageCache.set(id, chain);
    return chain;
  };
  const subtreeCache = new Map<string, string[]>();
  const subtree = (id: string): string[] => {
    const cached = subtreeCache.get(id);
    if (cached) return cached;
    const all = [id];
    for (let index = 0; index < all.length; index++)
      for (const child of children.get(all[index] ?? "") ?? []) if (!all.includes(child)) all.push(child);
    subtreeCache.set(id, all);
    return all;
  };
  const isRelated = (x: string, y: string) => lineage(x).includes(y) || lineage(y).includes(x);
  return {
    lineage,
    subtree,
    depth: (id) => lineage(id).length - 1,
    isRoot: (id) => parentOf.get(id) === null,
    isRelated,
    broader: (x, y) => (lineage(x).includes(y) ? y : x),
  };
};
