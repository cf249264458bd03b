import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFound } from "../../../services/errors.ts";
import type { Repositories } from "../../../store/repositories.ts";
import { page } from "../paging.ts";
import { presentLocality, presentLocalitySummary } from "./localities.presenter.ts";
import { LangQuery, LocalitiesQuery, LocalityParams } from "./localities.schema.ts";

export const localitiesRoutes =
  (repos: Repositories): FastifyPluginAsyncZod =>
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
        const locality = await repos.localities.get(id);
        if (!locality) throw new NotFound("locality", id);
        const [relations, children] = await Promise.all([
          repos.relations.list({ party: id }),
          repos.localities.list({ parent: id }),
        ]);
        return presentLocality(locality, relations.items, children.items, {
          isSignedIn: request.actor.kind === "user",
          today: new Date(),
        });
      },
    );
  };
