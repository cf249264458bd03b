import { rankGap } from "../../domain/rules/tier-rank.ts";
import { clamp01, type Finding } from "../evidence.ts";
import type { CriterionFn } from "./context.ts";

/** Populations at most this many times apart are called comparable in a reason. */
export const COMPARABLE_POPULATION_RATIO = 2;

/**
 * "A large city with a large city": equal administrative rank, and populations within the same
 * order of magnitude (a tenfold difference scores 0 on the population half). A reason calls the
 * sizes comparable only within COMPARABLE_POPULATION_RATIO, and says the ratio.
 */
export const sizeTier: CriterionFn = (a, b) => {
  const gap = rankGap(a.locality.tier, b.locality.tier);
  const rank = gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
  const popA = a.locality.population?.value;
  const popB = b.locality.population?.value;
  const ratio = popA && popB ? Math.max(popA, popB) / Math.min(popA, popB) : undefined;
  const detail = {
    gap,
    populationA: popA ?? 0,
    populationB: popB ?? 0,
    ratio: ratio ?? 0,
    tierA: a.locality.tier,
    tierB: b.locality.tier,
  };
  const findings: Finding[] = [];
  if (ratio !== undefined && ratio <= COMPARABLE_POPULATION_RATIO)
    findings.push({ kind: "size-comparable", weight: rank + 1, detail });
  else if (gap === 0) findings.push({ kind: "rank-equal", weight: rank, detail });
  // An unknown population is neither similar nor different: it earns the middle, not full marks.
  if (!popA || !popB) return { value: 0.5 * rank + 0.25, facts: findings };
  const population = clamp01(1 - Math.abs(Math.log10(popA / popB)));
  return { value: 0.5 * rank + 0.5 * population, facts: findings };
};
