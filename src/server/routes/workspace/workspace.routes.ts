import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { LocalityIdSchema, SlugSchema } from "../../../domain/ids.ts";
import { UserTextSchema } from "../../../domain/text.ts";
import { myWorkspace } from "../../../services/workspace/my-workspace.service.ts";
import { recommendPair } from "../../../services/workspace/recommendations.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";

const RecommendationBody = z
  .object({
    from: LocalityIdSchema,
    to: LocalityIdSchema,
    issues: z.array(SlugSchema).max(12).default([]),
    note: UserTextSchema.optional(),
  })
  .strict();

export const workspaceRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;

    app.get(
      "/api/workspace",
      { schema: { tags: ["workspace"], summary: "My localities: completeness, what awaits review, recommendations" } },
      async (request) => myWorkspace(deps, request.actor),
    );

    app.post(
      "/api/recommendations",
      {
        schema: {
          tags: ["workspace"],
          summary: "A facilitator recommends a pair to both localities",
          body: RecommendationBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recommendPair(deps, request.actor, requestMeta(request), request.body)),
    );
  };
