import type { RelationSummary } from "../../api/types.ts";

export type TimelineYear = { year: number | null; relations: RelationSummary[] };

/** Relations by starting year, oldest first; undated ones in a last group (year null). */
export const timelineOf = (relations: readonly RelationSummary[]): TimelineYear[] => {
  const sorted = [...relations].sort(
    (a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999") || a.id.localeCompare(b.id),
  );
  const years: TimelineYear[] = [];
  for (const relation of sorted) {
    const year = relation.start ? Number(relation.start.slice(0, 4)) : null;
    const last = years.at(-1);
    if (last && last.year === year) last.relations.push(relation);
    else years.push({ year, relations: [relation] });
  }
  return years;
};
