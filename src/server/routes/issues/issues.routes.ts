import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Repositories } from "../../../store/repositories.ts";

export const issuesRoutes =
  (repos: Repositories): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/issues",
      {
        schema: {
          tags: ["taxonomy"],
          summary: "The issue taxonomy: roots and leaves with labels and synonyms in th/en/ja",
        },
      },
      async () => {
        const issues = await repos.taxonomy.issues();
        return { total: issues.length, items: issues };
      },
    );
    app.get(
      "/api/datasets",
      { schema: { tags: ["taxonomy"], summary: "The public datasets that facts cite (publisher, title, year)" } },
      async () => {
        const items = await repos.taxonomy.datasets();
        return { total: items.length, items };
      },
    );
    app.get(
      "/api/designations",
      { schema: { tags: ["taxonomy"], summary: "Designations a locality can hold" } },
      async () => {
        const items = await repos.taxonomy.designations();
        return { total: items.length, items };
      },
    );
  };
