import { randomBytes, randomUUID } from "node:crypto";
import { join } from "node:path";
import compress from "@fastify/compress";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { ROOT } from "../config.ts";
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from "../services/auth/session.service.ts";
import { createCatalogCache } from "../services/catalog.service.ts";
import type { Mailer } from "../services/mail/mailer.ts";
import { CHANGES_CHANNEL } from "../services/workspace/context.ts";
import type { Database } from "../store/database.ts";
import type { Repositories } from "../store/repositories.ts";
import { authPlugin } from "./plugins/auth.ts";
import { csrfPlugin } from "./plugins/csrf.ts";
import { registerDocs } from "./plugins/docs.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerWebApp } from "./plugins/static.ts";
import { accountsRoutes } from "./routes/accounts/accounts.routes.ts";
import { auditRoutes } from "./routes/audit/audit.routes.ts";
import { editsRoutes } from "./routes/edits/edits.routes.ts";
import { geoRoutes } from "./routes/geo/geo.routes.ts";
import { healthRoutes } from "./routes/health/health.routes.ts";
import { issuesRoutes } from "./routes/issues/issues.routes.ts";
import { localitiesRoutes } from "./routes/localities/localities.routes.ts";
import { criteriaRoutes } from "./routes/match/criteria.routes.ts";
import { matchRoutes } from "./routes/match/match.routes.ts";
import { needsOffersRoutes } from "./routes/needs-offers/needs-offers.routes.ts";
import { organisationsRoutes } from "./routes/organisations/organisations.routes.ts";
import { relationsRoutes } from "./routes/relations/relations.routes.ts";
import { sessionRoutes } from "./routes/session/session.routes.ts";
import { statsRoutes } from "./routes/stats/stats.routes.ts";
import { submissionsRoutes } from "./routes/submissions/submissions.routes.ts";
import { workspaceRoutes } from "./routes/workspace/workspace.routes.ts";
import type { Workspace } from "./workspace.ts";

export type AppDeps = {
  repos: Repositories;
  database: Pick<Database, "engine" | "db" | "listen">;
  dataDir: string;
  logger?: boolean;
  /** The built web app; served at / when it exists. `null` serves the API alone. */
  webDir?: string | null;
  /** Mails invitations and reset links; without one, the app shows the links instead. */
  mailer?: Mailer | null;
  /** Where links point (PUBLIC_URL); never taken from a request's Host header. */
  publicUrl?: string;
  sessionPolicy?: SessionPolicy;
  /** The clock: tests move it to check expiry. */
  now?: () => Date;
  /** Trust X-Forwarded-* from these proxies (Fastify's trustProxy), e.g. to see HTTPS behind one. */
  trustProxy?: boolean | string;
};

export const buildApp = async ({
  repos,
  database,
  dataDir,
  logger = false,
  webDir = join(ROOT, "web", "dist"),
  mailer = null,
  publicUrl = "http://localhost:3000",
  sessionPolicy = DEFAULT_SESSION_POLICY,
  now = () => new Date(),
  trustProxy = false,
}: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify({ logger, trustProxy });
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
  const catalogs = createCatalogCache(repos);
  // Every instance drops its cached catalog when any instance commits a change (LISTEN/NOTIFY).
  const stopListening = await database.listen(CHANGES_CHANNEL, () => catalogs.invalidate());
  app.addHook("onClose", async () => stopListening());
  const workspace: Workspace = {
    deps: { db: database.db, repos, now, newId: randomUUID, mailer, onDataChanged: () => catalogs.invalidate() },
    sessionPolicy,
    publicUrl,
  };
  const hmacKey = await repos.settings.getOrCreate("csrf-hmac-key", () => randomBytes(32).toString("base64url"));
  await app.register(authPlugin, { repos, policy: sessionPolicy, now });
  await app.register(csrfPlugin, { hmacKey, publicUrl });
  await app.register(healthRoutes(repos, database));
  await app.register(localitiesRoutes(repos));
  await app.register(relationsRoutes(repos));
  await app.register(organisationsRoutes(repos));
  await app.register(issuesRoutes(repos));
  await app.register(matchRoutes(catalogs));
  await app.register(criteriaRoutes);
  await app.register(statsRoutes(catalogs));
  await app.register(needsOffersRoutes(repos));
  await app.register(geoRoutes(dataDir));
  await app.register(sessionRoutes(workspace));
  await app.register(accountsRoutes(workspace));
  await app.register(editsRoutes(workspace));
  await app.register(submissionsRoutes(workspace));
  await app.register(auditRoutes(workspace));
  await app.register(workspaceRoutes(workspace));
  if (webDir && !(await registerWebApp(app, webDir))) {
    app.log.warn(`no web app at ${webDir}: run "npm run build:web" (npm start does it for you)`);
  }
  // Users edit the data: a browser or proxy may keep an answer but must ask again before using it,
  // so an edit shows on the next request (signed-in answers are private, see the auth plugin).
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/") && !reply.hasHeader("cache-control")) {
      reply.header("cache-control", "no-cache");
    }
  });
  return app;
};
