import { join } from "node:path";
import compress from "@fastify/compress";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { ROOT } from "../config.ts";
import { createCatalogCache } from "../services/catalog.service.ts";
import { createMatchService } from "../services/matching/match.service.ts";
import type { Database } from "../store/database.ts";
import type { Repositories } from "../store/repositories.ts";
import { registerCaching } from "./plugins/caching.ts";
import { registerClosing } from "./plugins/closing.ts";
import { registerDocs } from "./plugins/docs.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerInputGuard } from "./plugins/input-guard.ts";
import { registerRateLimit } from "./plugins/rate-limit.ts";
import { registerSecurityHeaders } from "./plugins/security-headers.ts";
import { registerWebApp } from "./plugins/static.ts";
import { geoRoutes } from "./routes/geo/geo.routes.ts";
import { healthRoutes } from "./routes/health/health.routes.ts";
import { issuesRoutes } from "./routes/issues/issues.routes.ts";
import { localitiesRoutes } from "./routes/localities/localities.routes.ts";
import { criteriaRoutes } from "./routes/match/criteria.routes.ts";
import { matchRoutes } from "./routes/match/match.routes.ts";
import { needsOffersRoutes } from "./routes/needs-offers/needs-offers.routes.ts";
import { organisationsRoutes } from "./routes/organisations/organisations.routes.ts";
import { relationsRoutes } from "./routes/relations/relations.routes.ts";
import { statsRoutes } from "./routes/stats/stats.routes.ts";
import { type LogOptions, serverOptions } from "./server-options.ts";
import { DEFAULT_SETTINGS, type ServerSettings } from "./settings.ts";

export type AppDeps = {
  repos: Repositories;
  database: Pick<Database, "engine">;
  dataDir: string;
  /** Operator settings (src/server/settings.ts); tests change what they exercise. */
  settings?: ServerSettings;
  /** Structured JSON logs at a level; off unless given. */
  log?: LogOptions | false;
  /** The built web app; served at / when it exists. `null` serves the API alone. */
  webDir?: string | null;
};

export const buildApp = async ({
  repos,
  database,
  dataDir,
  settings = DEFAULT_SETTINGS,
  log = false,
  webDir = join(ROOT, "web", "dist"),
}: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify(serverOptions(settings, log));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  registerClosing(app);
  await registerSecurityHeaders(app);
  await app.register(compress);
  await registerRateLimit(app, settings.rateLimit);
  registerCaching(app);
  await registerDocs(app);
  await app.register(healthRoutes(repos, database));
  await app.register(localitiesRoutes(repos));
  await app.register(relationsRoutes(repos));
  await app.register(organisationsRoutes(repos));
  await app.register(issuesRoutes(repos));
  const catalogs = createCatalogCache(repos);
  const matching = createMatchService(catalogs, settings.matcher);
  app.addHook("onClose", () => matching.close());
  await app.register(matchRoutes(matching));
  await app.register(criteriaRoutes);
  await app.register(statsRoutes(catalogs));
  await app.register(needsOffersRoutes(repos));
  await app.register(geoRoutes(dataDir));
  if (webDir && !(await registerWebApp(app, webDir))) {
    app.log.warn(`no web app at ${webDir}: run "npm run build:web" (npm start does it for you)`);
  }
  return app;
};
