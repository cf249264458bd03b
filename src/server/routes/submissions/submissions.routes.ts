import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DecisionInputSchema, RelationClaimSchema, WithdrawInputSchema } from "../../../domain/claims.ts";
import { SUBMISSION_STATUSES } from "../../../domain/review.ts";
import { proposeCorrection, proposeRelation } from "../../../services/review/claims.service.ts";
import {
  decideSubmission,
  getSubmission,
  listSubmissions,
  resubmitClaim,
  withdrawSubmission,
} from "../../../services/review/decisions.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";

const IdParams = z.object({ id: z.string().max(100) });
const ListQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",") : undefined))
    .pipe(z.array(z.enum(SUBMISSION_STATUSES)).optional())
    .describe("Comma-separated statuses: pending, changes-requested, approved, rejected, withdrawn"),
  mine: z.stringbool().optional().describe("Only what I submitted"),
  lang: z.enum(["th", "en", "ja"]).optional(),
});

/** Claims and corrections of relations, and the review queue where they and self-reports wait. */
export const submissionsRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;
    const tags = ["review"];

    app.post(
      "/api/relation-claims",
      { schema: { tags, summary: "Propose a relation your locality is party to", body: RelationClaimSchema } },
      async (request, reply) =>
        reply.status(201).send(await proposeRelation(deps, request.actor, requestMeta(request), request.body)),
    );

    app.post(
      "/api/relations/:id/corrections",
      { schema: { tags, summary: "Propose a correction to a relation", params: IdParams, body: RelationClaimSchema } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await proposeCorrection(deps, request.actor, requestMeta(request), request.params.id, request.body)),
    );

    app.get(
      "/api/submissions",
      {
        schema: {
          tags,
          summary: "The review queue (facilitators) or my submissions and what awaits me",
          querystring: ListQuery,
        },
      },
      async (request) => ({ items: await listSubmissions(deps, request.actor, request.query) }),
    );

    app.get(
      "/api/submissions/:id",
      { schema: { tags, summary: "One submission and its history", params: IdParams } },
      async (request) => getSubmission(deps, request.actor, request.params.id),
    );

    app.post(
      "/api/submissions/:id/decision",
      {
        schema: {
          tags,
          summary: "Approve, reject (with a reason) or ask for changes",
          params: IdParams,
          body: DecisionInputSchema,
        },
      },
      async (request) => decideSubmission(deps, request.actor, requestMeta(request), request.params.id, request.body),
    );

    app.post(
      "/api/submissions/:id/withdraw",
      { schema: { tags, summary: "Take back an open submission", params: IdParams, body: WithdrawInputSchema } },
      async (request) =>
        withdrawSubmission(deps, request.actor, requestMeta(request), request.params.id, request.body.reason),
    );

    app.put(
      "/api/submissions/:id",
      {
        schema: {
          tags,
          summary: "Send a claim or correction again, changed",
          params: IdParams,
          body: RelationClaimSchema,
        },
      },
      async (request) => resubmitClaim(deps, request.actor, requestMeta(request), request.params.id, request.body),
    );
  };
