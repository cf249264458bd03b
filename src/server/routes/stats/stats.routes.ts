import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { nationalStatistics } from "../../../catalog/statistics.ts";
import type { CatalogCache } from "../../../services/catalog.service.ts";

export const statsRoutes =
  (catalogs: CatalogCache): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/stats",
      {
        schema: {
          tags: ["atlas"],
          summary: "The national picture: counts, relations by year, type, issue; provinces with no Japanese partner",
        },
      },
      async () => nationalStatistics(await catalogs.get(), new Date()),
    );
  };
