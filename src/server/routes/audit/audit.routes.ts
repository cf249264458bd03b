import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recentChanges, recordHistory } from "../../../services/audit/history.service.ts";
import { revertChange } from "../../../services/audit/revert.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";

const HistoryQuery = z.object({
  record: z.string().min(1).max(200).optional().describe("A record id: TH-50, a relation or need id, a user id …"),
  actor: z.uuid().optional().describe("Changes by one user"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional().describe("Entries older than this entry id (paging)"),
  lang: z.enum(["th", "en", "ja"]).optional(),
});

const RevertBody = z.object({ reason: z.string().trim().max(2000).optional() }).strict();

/** The append-only change log: read per record or overall, and revert (as a new change). */
export const auditRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;

    app.get(
      "/api/audit",
      {
        schema: {
          tags: ["audit"],
          summary: "The change log of one record (or the latest changes), newest first",
          querystring: HistoryQuery,
        },
      },
      async (request) => {
        const { record, actor, limit, before } = request.query;
        const items = record
          ? await recordHistory(deps, request.actor, record, { limit, before })
          : await recentChanges(deps, request.actor, { limit, before, actorId: actor });
        return { items };
      },
    );

    app.post(
      "/api/audit/:id/revert",
      {
        schema: {
          tags: ["audit"],
          summary: "Revert one change (a new change that restores the earlier version)",
          params: z.object({ id: z.coerce.number().int().positive() }),
          body: RevertBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await revertChange(deps, request.actor, requestMeta(request), request.params.id, request.body.reason)),
    );
  };
