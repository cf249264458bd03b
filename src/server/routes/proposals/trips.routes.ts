import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../../domain/policy/actor.ts";
import { isAllowed } from "../../../domain/policy/policy.ts";
import type { TripRequest } from "../../../domain/trips/trip.ts";
import { tripOpenActs } from "../../../domain/trips/trip.ts";
import { actOnTrip, createTrip, getTrip, listTrips } from "../../../services/trips/trips.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";
import { documentRoutes } from "./documents.routes.ts";
import { presentDocument } from "./proposals.presenter.ts";
import { TripActBodySchema, TripBodySchema } from "./proposals.schema.ts";
import { UPLOAD_LIMITS } from "./uploads.ts";

const RelationParams = z.object({ id: z.string().min(1).max(200).describe("Relation id") });
const TripParams = z.object({ id: z.string().min(1).max(100).describe("Trip request id") });

/** What a trip request looks like to a reader: its history, documents and the acts they may take. */
const presentTrip = async (workspace: Workspace, trip: TripRequest, actor: Actor) => ({
  ...trip,
  acts: tripOpenActs(trip.step).filter((act) =>
    isAllowed(actor, { type: "trip.act", act, thaiParties: trip.thaiParties }),
  ),
  documents: (await workspace.deps.repos.documents.forOwner("trip", trip.id)).map((document) =>
    presentDocument(document, `/api/trips/${trip.id}`),
  ),
});

/**
 * Official trips abroad under a relation: the province asks, a facilitator records the MOI
 * Permanent Secretary's decision (report 5891–5893).
 */
export const tripsRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, { limits: UPLOAD_LIMITS });
    const { deps } = workspace;
    const tags = ["trips"];

    app.get(
      "/api/relations/:id/trips",
      { schema: { tags, summary: "The trip requests under a relation that I may see", params: RelationParams } },
      async (request) => ({
        items: await Promise.all(
          (await listTrips(deps, request.actor, request.params.id)).map((trip) =>
            presentTrip(workspace, trip, request.actor),
          ),
        ),
      }),
    );

    app.post(
      "/api/relations/:id/trips",
      {
        schema: {
          tags,
          summary: "Ask the Permanent Secretary to approve an official trip under this relation",
          params: RelationParams,
          body: TripBodySchema,
        },
      },
      async (request, reply) => {
        const trip = await createTrip(deps, request.actor, requestMeta(request), request.params.id, request.body);
        return reply.status(201).send(await presentTrip(workspace, trip, request.actor));
      },
    );

    app.get(
      "/api/trips/:id",
      { schema: { tags, summary: "One trip request and its history", params: TripParams } },
      async (request) => presentTrip(workspace, await getTrip(deps, request.actor, request.params.id), request.actor),
    );

    app.post(
      "/api/trips/:id/acts",
      {
        schema: {
          tags,
          summary: "Record the decision, or withdraw or send again",
          params: TripParams,
          body: TripActBodySchema,
        },
      },
      async (request) =>
        presentTrip(
          workspace,
          await actOnTrip(deps, request.actor, requestMeta(request), request.params.id, request.body),
          request.actor,
        ),
    );

    await app.register(documentRoutes(deps, { kind: "trip", base: "/api/trips", tags, noun: "trip request" }));
  };
