import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { suggestFromLog } from "../../../services/continuity/suggested-status.ts";
import { NotFound } from "../../../services/errors.ts";
import { listRelations } from "../../../services/relations.service.ts";
import type { Repositories } from "../../../store/repositories.ts";
import { page } from "../paging.ts";
import { presentRelation } from "./relations.presenter.ts";
import { RelationParams, RelationsQuery } from "./relations.schema.ts";

export const relationsRoutes =
  (repos: Repositories, now: () => Date = () => new Date()): FastifyPluginAsyncZod =>
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
        const today = now();
        const { total, items } = await listRelations(
          repos,
          { ...filter, limit, offset },
          today,
          suggestFromLog(repos, today),
        );
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
        // The suggestion reads the activity log too (continuity), not only the record's own dates.
        const today = now();
        const suggestionOf = await suggestFromLog(repos, today)([relation]);
        return { ...presentRelation(relation, today), suggestedStatus: suggestionOf(relation) };
      },
    );
  };
