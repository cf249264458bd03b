import { rankGap } from "../../domain/rules/tier-rank.ts";
import { clamp01 } from "../evidence.ts";
import type { CriterionFn } from "./context.ts";

/**
 * "A large city with a large city": equal administrative rank, and populations within the same
 * order of magnitude (a tenfold difference scores 0 on the population half).
 */
export const sizeTier: CriterionFn = (a, b) => {
  const gap = rankGap(a.locality.tier, b.locality.tier);
  const rank = gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
  const popA = a.locality.population?.value;
  const popB = b.locality.population?.value;
  const detail = { gap, populationA: popA ?? 0, populationB: popB ?? 0 };
  // An unknown population is neither similar nor different: it earns the middle, not full marks.
  if (!popA || !popB) return { value: 0.5 * rank + 0.25, facts: [{ kind: "size-tier", weight: rank, detail }] };
  const population = clamp01(1 - Math.abs(Math.log10(popA / popB)));
  return { value: 0.5 * rank + 0.5 * population, facts: [{ kind: "size-tier", weight: rank + population, detail }] };
};
