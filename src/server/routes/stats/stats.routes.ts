import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { nationalStatistics } from "../../../catalog/statistics.ts";
import { healthSuggester } from "../../../domain/rules/health-of-relation.ts";
import type { CatalogCache } from "../../../services/catalog.service.ts";
import type { HealthInputsCache } from "../../../services/continuity/health-inputs.cache.ts";

export const statsRoutes =
  (catalogs: CatalogCache, health: HealthInputsCache, now: () => Date = () => new Date()): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/stats",
      {
        schema: {
          tags: ["atlas"],
          summary: "The national picture: counts, relations by year, type, issue; provinces with no Japanese partner",
        },
      },
      async () => {
        const today = now();
        // Statuses by the health rule over the log, as the registry gives them.
        return nationalStatistics(await catalogs.get(), today, healthSuggester(await health.get(), today));
      },
    );
  };
