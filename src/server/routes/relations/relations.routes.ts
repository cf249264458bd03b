import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFound } from "../../../services/errors.ts";
import { listRelations } from "../../../services/relations.service.ts";
import type { Repositories } from "../../../store/repositories.ts";
import { page } from "../paging.ts";
import { presentRelation } from "./relations.presenter.ts";
import { RelationParams, RelationsQuery } from "./relations.schema.ts";

export const relationsRoutes =
  (repos: Repositories): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/relations",
      {
        schema: {
          tags: ["registry"],
          summary: "List relations, each with the status its last dated activity suggests (status filters on it)",
          querystring: RelationsQuery,
        },
      },
      async (request) => {
        const { limit, offset, lang: _lang, ...filter } = request.query;
        const { total, items } = await listRelations(repos, { ...filter, limit, offset }, new Date());
        return page(total, items, limit, offset);
      },
    );

    app.get(
      "/api/relations/:id",
      {
        schema: {
          tags: ["registry"],
          summary: "One relation with its activities, sources and conflicts",
          params: RelationParams,
        },
      },
      async (request) => {
        const relation = await repos.relations.get(request.params.id);
        if (!relation) throw new NotFound("relation", request.params.id);
        return presentRelation(relation, new Date());
      },
    );
  };
