import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ORGANISATION_KINDS } from "../../../domain/organisation.ts";
import { NotFound } from "../../../services/errors.ts";
import type { Repositories } from "../../../store/repositories.ts";
import { PagingQuery, page } from "../paging.ts";
import { presentRelation } from "../relations/relations.presenter.ts";

const OrganisationsQuery = PagingQuery.extend({
  country: z.enum(["TH", "JP", "INT"]).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
});

export const organisationsRoutes =
  (repos: Repositories): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/organisations",
      {
        schema: {
          tags: ["registry"],
          summary: "Central agencies, support bodies, associations …",
          querystring: OrganisationsQuery,
        },
      },
      async (request) => {
        const { limit, offset, country, kind } = request.query;
        const { total, items } = await repos.organisations.list({ country, kind, limit, offset });
        return page(total, items, limit, offset);
      },
    );

    app.get(
      "/api/organisations/:id",
      {
        schema: {
          tags: ["registry"],
          summary: "One organisation and its relations",
          params: z.object({ id: z.string().min(1).max(96) }),
        },
      },
      async (request) => {
        const organisation = await repos.organisations.get(request.params.id);
        if (!organisation) throw new NotFound("organisation", request.params.id);
        const relations = await repos.relations.list({ party: organisation.id });
        const today = new Date();
        return { ...organisation, relations: relations.items.map((relation) => presentRelation(relation, today)) };
      },
    );
  };
