import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ActivityInputSchema } from "../../../domain/activity.ts";
import { RemovalSchema } from "../../../domain/editing.ts";
import { ObjectivesInputSchema } from "../../../domain/objectives.ts";
import { deleteActivity, logActivity, updateActivity } from "../../../services/continuity/activities.service.ts";
import {
  confirmRelation,
  dormantRelations,
  relationLog,
  setObjectives,
} from "../../../services/continuity/relation-log.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";
import { presentActivity } from "./activities.presenter.ts";

const RelationParams = z.object({ id: z.string().max(100).describe("Relation id") });
const ActivityParams = z.object({ id: z.string().max(100).describe("Activity id") });
const ConfirmBody = z
  .object({ note: z.string().trim().max(1000).optional().describe("What was checked") })
  .strict()
  .default({});
const DormantQuery = z.object({
  includeLapsed: z.stringbool().default(false).describe("Also list relations that have already lapsed"),
  lang: z.enum(["th", "en", "ja"]).optional(),
});

/** The activity log of relations, their objectives and indicators, and their health. */
export const activitiesRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;
    const tags = ["continuity"];

    app.get(
      "/api/relations/:id/log",
      {
        schema: {
          tags,
          summary: "A relation's activity log, objectives with progress per year, and health (status suggested, why)",
          params: RelationParams,
        },
      },
      async (request) => {
        const log = await relationLog(deps, request.actor, request.params.id);
        return { ...log, activities: log.activities.map((activity) => presentActivity(activity, request.actor)) };
      },
    );

    app.post(
      "/api/relations/:id/activities",
      {
        schema: {
          tags,
          summary: "Log an activity (visit, exchange, training, meeting, fair, project, milestone)",
          params: RelationParams,
          body: ActivityInputSchema,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await logActivity(deps, request.actor, requestMeta(request), request.params.id, request.body)),
    );

    app.put(
      "/api/activities/:id",
      { schema: { tags, summary: "Change a logged activity", params: ActivityParams, body: ActivityInputSchema } },
      async (request) => updateActivity(deps, request.actor, requestMeta(request), request.params.id, request.body),
    );

    app.delete(
      "/api/activities/:id",
      {
        schema: { tags, summary: "Remove a logged activity", params: ActivityParams, querystring: RemovalSchema },
      },
      async (request, reply) => {
        await deleteActivity(deps, request.actor, requestMeta(request), request.params.id, request.query.reason);
        return reply.status(204).send();
      },
    );

    app.put(
      "/api/relations/:id/objectives",
      {
        schema: {
          tags,
          summary: "Set a relation's objectives and indicators (targets, stated figures per year)",
          params: RelationParams,
          body: ObjectivesInputSchema,
        },
      },
      async (request) => ({
        objectives: await setObjectives(deps, request.actor, requestMeta(request), request.params.id, request.body),
      }),
    );

    app.post(
      "/api/relations/:id/confirmation",
      {
        schema: {
          tags,
          summary: "A party's editor confirms the relation's record is current",
          params: RelationParams,
          body: ConfirmBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await confirmRelation(deps, request.actor, requestMeta(request), request.params.id, request.body.note)),
    );

    app.get(
      "/api/dormant-relations",
      {
        schema: {
          tags,
          summary: "Relations going dormant, oldest silence first (facilitators)",
          querystring: DormantQuery,
        },
      },
      async (request) => ({
        items: (await dormantRelations(deps, request.actor, { includeLapsed: request.query.includeLapsed })).map(
          ({ relation, health }) => ({
            id: relation.id,
            title: relation.title,
            type: relation.type,
            status: relation.status,
            parties: relation.parties,
            health,
          }),
        ),
      }),
    );
  };
