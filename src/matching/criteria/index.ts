import type { Criterion } from "../weights.ts";
import type { CriterionFn } from "./context.ts";
import { feasibility } from "./feasibility.ts";
import { geography } from "./geography.ts";
import { globalAgenda } from "./global-agenda.ts";
import { historyCulture } from "./history-culture.ts";
import { industry } from "./industry.ts";
import { issueFit } from "./issue-fit.ts";
import { nationalPolicy } from "./national-policy.ts";
import { sharedProblems } from "./shared-problems.ts";
import { sizeTier } from "./size-tier.ts";
import { tiesAccess } from "./ties-access.ts";

export const CRITERION_FNS: Record<Criterion, CriterionFn> = {
  issueFit,
  sharedProblems,
  sizeTier,
  geography,
  industry,
  nationalPolicy,
  globalAgenda,
  historyCulture,
  tiesAccess,
  feasibility,
};
