import { join } from "node:path";
import compress from "@fastify/compress";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { ROOT } from "../config.ts";
import { createCatalogCache } from "../services/catalog.service.ts";
import { createSearch } from "../services/search.service.ts";
import type { Database } from "../store/database.ts";
import type { Repositories } from "../store/repositories.ts";
import { registerDocs } from "./plugins/docs.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerWebApp } from "./plugins/static.ts";
import { atlasRoutes } from "./routes/atlas/atlas.routes.ts";
import { geoRoutes } from "./routes/geo/geo.routes.ts";
import { healthRoutes } from "./routes/health/health.routes.ts";
import { issuesRoutes } from "./routes/issues/issues.routes.ts";
import { localitiesRoutes } from "./routes/localities/localities.routes.ts";
import { criteriaRoutes } from "./routes/match/criteria.routes.ts";
import { matchRoutes } from "./routes/match/match.routes.ts";
import { needsOffersRoutes } from "./routes/needs-offers/needs-offers.routes.ts";
import { organisationsRoutes } from "./routes/organisations/organisations.routes.ts";
import { placesRoutes } from "./routes/places/places.routes.ts";
import { relationsRoutes } from "./routes/relations/relations.routes.ts";
import { searchRoutes } from "./routes/search/search.routes.ts";
import { statsRoutes } from "./routes/stats/stats.routes.ts";

export type AppDeps = {
  repos: Repositories;
  database: Pick<Database, "engine">;
  dataDir: string;
  logger?: boolean;
  /** The built web app; served at / when it exists. `null` serves the API alone. */
  webDir?: string | null;
};

export const buildApp = async ({
  repos,
  database,
  dataDir,
  logger = false,
  webDir = join(ROOT, "web", "dist"),
}: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify({ logger });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(compress);
  // The limit guards the API; the web app's files (many small hashed chunks and font subsets) are exempt.
  await app.register(rateLimit, {
    max: 600,
    timeWindow: "1 minute",
    allowList: (request) => !request.url.startsWith("/api/"),
  });
  await registerDocs(app);
  await app.register(healthRoutes(repos, database));
  await app.register(localitiesRoutes(repos));
  await app.register(relationsRoutes(repos));
  await app.register(organisationsRoutes(repos));
  await app.register(issuesRoutes(repos));
  const catalogs = createCatalogCache(repos);
  await app.register(matchRoutes(catalogs));
  await app.register(criteriaRoutes);
  await app.register(statsRoutes(catalogs));
  await app.register(atlasRoutes(catalogs));
  await app.register(searchRoutes(createSearch(catalogs, repos)));
  await app.register(placesRoutes(repos));
  await app.register(needsOffersRoutes(repos));
  await app.register(geoRoutes(dataDir));
  if (webDir && !(await registerWebApp(app, webDir))) {
    app.log.warn(`no web app at ${webDir}: run "npm run build:web" (npm start does it for you)`);
  }
  // Reference data changes only on seed or import: let browsers and proxies keep it a minute.
  app.addHook("onSend", async (request, reply) => {
    if (
      request.method === "GET" &&
      request.url.startsWith("/api/") &&
      !request.url.startsWith("/api/health") &&
      reply.statusCode === 200 &&
      !reply.hasHeader("cache-control")
    ) {
      reply.header("cache-control", "public, max-age=60");
    }
  });
  return app;
};
