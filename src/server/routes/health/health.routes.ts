import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { CatalogCache } from "../../../services/catalog.service.ts";
import type { Database } from "../../../store/database.ts";
import type { Repositories } from "../../../store/repositories.ts";

/** Monitors poll health often: the database is asked at most this often, and after every write. */
const CHECK_EVERY_MS = 1_000;

export const healthRoutes =
  (
    repos: Repositories,
    database: Pick<Database, "engine">,
    catalogs: Pick<CatalogCache, "onInvalidate">,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    let last: { at: number; localities: Promise<number> } | undefined;
    const stop = catalogs.onInvalidate(() => {
      last = undefined;
    });
    app.addHook("onClose", async () => stop());
    const localities = (): Promise<number> => {
      const now = Date.now();
      if (!last || now - last.at >= CHECK_EVERY_MS) {
        const counting = repos.localities.count();
        // A failed check is not remembered: the next request asks the database again.
        counting.catch(() => {
          if (last?.localities === counting) last = undefined;
        });
        last = { at: now, localities: counting };
      }
      return last.localities;
    };
    app.get(
      "/api/health",
      { schema: { tags: ["system"], summary: "Liveness and what the database holds" } },
      async () => ({ status: "ok", engine: database.engine, localities: await localities() }),
    );
  };
