import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ContactsInputSchema,
  FactInputSchema,
  NeedOfferInputSchema,
  NeedOfferUpdateSchema,
  RemovalSchema,
} from "../../../domain/editing.ts";
import { FactIdSchema } from "../../../domain/locality.ts";
import { createNeedOffer, deleteNeedOffer, updateNeedOffer } from "../../../services/editing/needs-offers.service.ts";
import { addFact, removeFact, updateContacts, updateFact } from "../../../services/editing/profile.service.ts";
import { requestMeta } from "../../plugins/auth.ts";
import type { Workspace } from "../../workspace.ts";

const LocalityParams = z.object({ id: z.string().max(100).describe("Locality id") });
const FactParams = LocalityParams.extend({ factId: FactIdSchema });
const NeedOfferParams = z.object({ id: z.string().max(100).describe("Need or offer id") });

/** Editors keep their own localities' profiles, needs and offers current; every write is audited. */
export const editsRoutes =
  (workspace: Workspace): FastifyPluginAsyncZod =>
  async (app) => {
    const { deps } = workspace;
    const tags = ["workspace"];

    app.post(
      "/api/localities/:id/facts",
      {
        schema: {
          tags,
          summary: "Add a strength, challenge or industry",
          params: LocalityParams,
          body: FactInputSchema,
        },
      },
      async (request, reply) => {
        const result = await addFact(deps, request.actor, requestMeta(request), request.params.id, request.body);
        return reply.status(201).send({ id: result.id });
      },
    );

    app.put(
      "/api/localities/:id/facts/:factId",
      { schema: { tags, summary: "Replace a fact of the profile", params: FactParams, body: FactInputSchema } },
      async (request) => {
        const { id, factId } = request.params;
        const result = await updateFact(deps, request.actor, requestMeta(request), id, factId, request.body);
        return { id: result.id };
      },
    );

    app.delete(
      "/api/localities/:id/facts/:factId",
      { schema: { tags, summary: "Remove a fact of the profile", params: FactParams, querystring: RemovalSchema } },
      async (request, reply) => {
        const { id, factId } = request.params;
        await removeFact(deps, request.actor, requestMeta(request), id, factId, request.query.reason);
        return reply.status(204).send();
      },
    );

    app.put(
      "/api/localities/:id/contacts",
      { schema: { tags, summary: "Set who to contact", params: LocalityParams, body: ContactsInputSchema } },
      async (request) => {
        const locality = await updateContacts(
          deps,
          request.actor,
          requestMeta(request),
          request.params.id,
          request.body,
        );
        return { contacts: locality.contacts };
      },
    );

    app.post(
      "/api/needs-offers",
      { schema: { tags, summary: "Add a need or an offer", body: NeedOfferInputSchema } },
      async (request, reply) =>
        reply.status(201).send(await createNeedOffer(deps, request.actor, requestMeta(request), request.body)),
    );

    app.put(
      "/api/needs-offers/:id",
      { schema: { tags, summary: "Change a need or an offer", params: NeedOfferParams, body: NeedOfferUpdateSchema } },
      async (request) => updateNeedOffer(deps, request.actor, requestMeta(request), request.params.id, request.body),
    );

    app.delete(
      "/api/needs-offers/:id",
      {
        schema: { tags, summary: "Remove a need or an offer", params: NeedOfferParams, querystring: RemovalSchema },
      },
      async (request, reply) => {
        await deleteNeedOffer(deps, request.actor, requestMeta(request), request.params.id, request.query.reason);
        return reply.status(204).send();
      },
    );
  };
