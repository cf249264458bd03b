import type { RelationSummary } from "../../api/types.ts";

export type GraphNode = { id: string; name: string; category: number; symbolSize: number; value: number };
export type GraphLink = { source: string; target: string; relation: string; label: string };

/** Thai and Japanese localities and organisations of both sides. */
export const categoryOf = (id: string): number => {
  if (id.startsWith("TH-")) return 0;
  if (id.startsWith("JP-")) return 1;
  if (id.startsWith("org:th-")) return 2;
  if (id.startsWith("org:jp-")) return 3;
  return 4;
};

/**
 * Parties as nodes, relations as links. A relation of more than two parties (a network, a
 * project) links its first party to each of the others, so a hub does not draw a full mesh.
 */
export const graphOf = (
  relations: readonly RelationSummary[],
  nameOf: (id: string) => string,
  titleOf: (r: RelationSummary) => string,
) => {
  const degree = new Map<string, number>();
  const links: GraphLink[] = [];
  for (const relation of relations) {
    const [first, ...others] = relation.parties;
    if (!first) continue;
    for (const other of others) {
      links.push({ source: first, target: other, relation: relation.id, label: titleOf(relation) });
      degree.set(first, (degree.get(first) ?? 0) + 1);
      degree.set(other, (degree.get(other) ?? 0) + 1);
    }
  }
  const nodes: GraphNode[] = [...degree].map(([id, count]) => ({
    id,
    name: nameOf(id),
    category: categoryOf(id),
    value: count,
    symbolSize: Math.min(40, 8 + Math.sqrt(count) * 5),
  }));
  return { nodes, links };
};
