import type { GeographyKind } from "../../domain/locality.ts";
import type { Finding } from "../evidence.ts";
import type { CriterionFn } from "./context.ts";

/** Distinctive conditions weigh more: two lake regions share more know-how than two plains. */
export const KIND_WEIGHT: Record<GeographyKind, number> = {
  lake: 1.5,
  reservoir: 0.8,
  island: 1.2,
  coast: 1,
  volcano: 1,
  wetland: 1,
  mountains: 0.8,
  "hot-springs": 0.8,
  plateau: 0.7,
  basin: 0.7,
  river: 0.6,
  border: 0.4,
  plain: 0.5,
  forest: 0.5,
};

/** Weighted Jaccard of the geography kinds on both sides. */
export const geography: CriterionFn = (a, b) => {
  const kinds = new Set<GeographyKind>([...a.geography.keys(), ...b.geography.keys()]);
  let shared = 0;
  let union = 0;
  const findings: Finding[] = [];
  for (const kind of kinds) {
    const weight = KIND_WEIGHT[kind];
    union += weight;
    const mine = a.geography.get(kind)?.[0];
    const theirs = b.geography.get(kind)?.[0];
    if (mine && theirs) {
      shared += weight;
      findings.push({ kind: "shared-geography", a: mine, b: theirs, weight, detail: { geography: kind } });
    }
  }
  findings.sort((x, y) => y.weight - x.weight);
  return { value: union === 0 ? 0 : shared / union, facts: findings };
};
