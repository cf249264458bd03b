import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Database } from "../../../store/database.ts";
import type { Repositories } from "../../../store/repositories.ts";

export const healthRoutes =
  (repos: Repositories, database: Pick<Database, "engine">): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/health",
      { schema: { tags: ["system"], summary: "Liveness and what the database holds" } },
      async () => {
        return { status: "ok", engine: database.engine, localities: await repos.localities.count() };
      },
    );
  };
