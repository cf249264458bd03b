import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { FOCUS_ISSUE_FIT_FACTOR } from "../../../matching/engine.ts";
import { CRITERIA, DEFAULT_WEIGHTS, WEIGHT_RATIONALE } from "../../../matching/weights.ts";

/** The criteria, their default weights and why: what a user adjusts, documented where they adjust it. */
export const criteriaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/match/criteria",
    { schema: { tags: ["matching"], summary: "The matching criteria, their default weights and the reason for each" } },
    async () => ({
      criteria: CRITERIA.map((id) => ({ id, defaultWeight: DEFAULT_WEIGHTS[id], rationale: WEIGHT_RATIONALE[id] })),
      typedIssueMultipliesIssueFitBy: FOCUS_ISSUE_FIT_FACTOR,
    }),
  );
};
