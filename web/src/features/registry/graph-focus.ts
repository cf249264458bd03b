import type { LocalitySummary, RelationSummary } from "../../api/types.ts";

/** What the network shows: relations on one issue, of one region's localities, or all of them. */
export type GraphFocus = { kind: "issue" | "region"; value: string } | { kind: "all" };

export const focusToParam = (focus: GraphFocus): string =>
  focus.kind === "all" ? "all" : `${focus.kind}:${focus.value}`;

export const focusFromParam = (text: string): GraphFocus | undefined => {
  if (text === "all") return { kind: "all" };
  const [kind, value] = text.split(":");
  return (kind === "issue" || kind === "region") && value ? { kind, value } : undefined;
};

/**
 * Where the network starts: the issue most of the listed relations share, so a first look is a
 * readable cluster rather than every relation at once.
 */
export const defaultFocus = (relations: readonly RelationSummary[]): GraphFocus => {
  const counts = new Map<string, number>();
  for (const relation of relations)
    for (const issue of relation.issues ?? []) counts.set(issue, (counts.get(issue) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return top ? { kind: "issue", value: top[0] } : { kind: "all" };
};

/** The relations the focus keeps: tagged with the issue, or with a party (or its province) in the region. */
export const focusRelations = (
  relations: readonly RelationSummary[],
  focus: GraphFocus,
  locality: (id: string) => Pick<LocalitySummary, "region"> | undefined,
): RelationSummary[] => {
  if (focus.kind === "all") return [...relations];
  if (focus.kind === "issue") return relations.filter((relation) => (relation.issues ?? []).includes(focus.value));
  const inRegion = (id: string) => locality(id)?.region === focus.value;
  return relations.filter((relation) => relation.parties.some(inRegion));
};
