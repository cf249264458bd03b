import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { healthSuggester } from "../../../domain/rules/health-of-relation.ts";
import type { CatalogCache } from "../../../services/catalog.service.ts";
import type { HealthInputsCache } from "../../../services/continuity/health-inputs.cache.ts";
import { NotFound } from "../../../services/errors.ts";
import type { Repositories } from "../../../store/repositories.ts";
import { page } from "../paging.ts";
import { presentLocality, presentLocalitySummary } from "./localities.presenter.ts";
import { LangQuery, LocalitiesQuery, LocalityParams } from "./localities.schema.ts";

export const localitiesRoutes =
  (
    repos: Repositories,
    catalogs: CatalogCache,
    health: HealthInputsCache,
    now: () => Date = () => new Date(),
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/localities",
      { schema: { tags: ["atlas"], summary: "List and search localities", querystring: LocalitiesQuery } },
      async (request) => {
        const { limit, offset, partner, ...filter } = request.query;
        const hasPartner = partner === undefined ? undefined : partner === "yes";
        const { total, rows } = await repos.localities.directory({ ...filter, hasPartner, limit, offset });
        const items = rows.map((row) => ({ ...presentLocalitySummary(row.locality), partners: row.partners }));
        return page(total, items, limit, offset);
      },
    );

    app.get(
      "/api/localities/:id",
      {
        schema: {
          tags: ["atlas"],
          summary: "A locality's full profile, its relations and the bodies inside it",
          params: LocalityParams,
          querystring: LangQuery,
        },
      },
      async (request) => {
        const { id } = request.params;
        // Read from the catalog the server keeps (rebuilt after every write, here or on another
        // instance): a profile is the most read page, and three queries each time cost ~7x.
        const [catalog, logsAndPlans] = await Promise.all([catalogs.get(), health.get()]);
        const locality = catalog.localities.get(id);
        if (!locality) throw new NotFound("locality", id);
        const relations = catalog.relationsByParty.get(id) ?? [];
        const children = catalog.childrenOf.get(id) ?? [];
        // Statuses by the health rule over the log (kept in memory beside the catalog), as the
        // registry and the relation page give them.
        return presentLocality(locality, relations, children, {
          isSignedIn: request.actor.kind === "user",
          suggest: healthSuggester(logsAndPlans, now()),
        });
      },
    );
  };
