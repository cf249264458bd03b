import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HandoverInputSchema, handOver, handoverDossier } from "../../../services/continuity/handover.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";

const LocalityParams = z.object({ id: z.string().max(100).describe("Locality id") });

/** The handover page of a locality, and handing it over to a new officer. */
export const handoverRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps, publicUrl } = workspace;
    const tags = ["continuity"];

    app.get(
      "/api/localities/:id/handover",
      {
        schema: {
          tags,
          summary:
            "Everything a new officer needs: officers, contacts, relations, commitments, work in progress, reports due, history",
          params: LocalityParams,
        },
      },
      async (request) => handoverDossier(deps, request.actor, request.params.id),
    );

    app.post(
      "/api/localities/:id/handovers",
      {
        schema: {
          tags,
          summary: "Hand over to a new officer: invite the successor with the same scope and record the change",
          params: LocalityParams,
          body: HandoverInputSchema,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await handOver(deps, request.actor, requestMeta(request), request.params.id, request.body, publicUrl)),
    );
  };
