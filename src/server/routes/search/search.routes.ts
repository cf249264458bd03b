import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Search } from "../../../services/search.service.ts";
import { presentSearch } from "./search.presenter.ts";
import { SearchAnswer, SearchQuery } from "./search.schema.ts";

export const searchRoutes =
  (search: Search): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/search",
      {
        schema: {
          tags: ["search"],
          summary: "Find localities, places, relations, organisations and issues by any spelling",
          querystring: SearchQuery,
          response: { 200: SearchAnswer },
        },
      },
      async (request) => presentSearch(await search(request.query.q, request.query.limit)),
    );
  };
