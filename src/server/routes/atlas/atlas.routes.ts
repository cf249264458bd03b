import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { localityIndex } from "../../../catalog/locality-index.ts";
import type { CatalogCache } from "../../../services/catalog.service.ts";

export const atlasRoutes =
  (catalogs: CatalogCache): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/atlas/localities",
      {
        schema: {
          tags: ["atlas"],
          summary: "Every locality in brief: names, tier, parent, points, whether described and partnered",
        },
      },
      async () => ({ items: localityIndex(await catalogs.get()) }),
    );
  };
