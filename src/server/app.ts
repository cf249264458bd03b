import { randomBytes, randomUUID } from "node:crypto";
import { join } from "node:path";
import compress from "@fastify/compress";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { ROOT } from "../config.ts";
import { DEFAULT_DURATIONS, type StepDurations } from "../domain/proposals/steps.ts";
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from "../services/auth/session.service.ts";
import { createCatalogCache } from "../services/catalog.service.ts";
import { createHealthInputsCache } from "../services/continuity/health-inputs.cache.ts";
import type { Mailer } from "../services/mail/mailer.ts";
import { createMatchService } from "../services/matching/match.service.ts";
import { type NoticeWorkerOptions, startNoticeWorker } from "../services/notifications/worker.ts";
import { createReportText } from "../services/report-text.service.ts";
import { createSearch } from "../services/search.service.ts";
import { CHANGES_CHANNEL } from "../services/workspace/context.ts";
import type { Database } from "../store/database.ts";
import type { Repositories } from "../store/repositories.ts";
import { authPlugin } from "./plugins/auth.ts";
import { registerCaching } from "./plugins/caching.ts";
import { registerClosing } from "./plugins/closing.ts";
import { csrfPlugin } from "./plugins/csrf.ts";
import { registerDocs } from "./plugins/docs.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerInputGuard } from "./plugins/input-guard.ts";
import { registerRateLimit } from "./plugins/rate-limit.ts";
import { registerSecurityHeaders } from "./plugins/security-headers.ts";
import { registerWebApp } from "./plugins/static.ts";
import { accountsRoutes } from "./routes/accounts/accounts.routes.ts";
import { activitiesRoutes } from "./routes/activities/activities.routes.ts";
import { adminImportRoutes } from "./routes/admin/import.routes.ts";
import { annualReportsRoutes } from "./routes/annual-reports/annual-reports.routes.ts";
import { atlasRoutes } from "./routes/atlas/atlas.routes.ts";
import { auditRoutes } from "./routes/audit/audit.routes.ts";
import { editsRoutes } from "./routes/edits/edits.routes.ts";
import { eventsRoutes } from "./routes/events/events.routes.ts";
import { geoRoutes } from "./routes/geo/geo.routes.ts";
import { handoverRoutes } from "./routes/handover/handover.routes.ts";
import { healthRoutes } from "./routes/health/health.routes.ts";
import { issuesRoutes } from "./routes/issues/issues.routes.ts";
import { localitiesRoutes } from "./routes/localities/localities.routes.ts";
import { registrationRoutes } from "./routes/localities/registration.routes.ts";
import { criteriaRoutes } from "./routes/match/criteria.routes.ts";
import { matchRoutes } from "./routes/match/match.routes.ts";
import { needsOffersRoutes } from "./routes/needs-offers/needs-offers.routes.ts";
import { noticesRoutes } from "./routes/notices/notices.routes.ts";
import { organisationsRoutes } from "./routes/organisations/organisations.routes.ts";
import { placesRoutes } from "./routes/places/places.routes.ts";
import { proposalsRoutes } from "./routes/proposals/proposals.routes.ts";
import { tripsRoutes } from "./routes/proposals/trips.routes.ts";
import { relationsRoutes } from "./routes/relations/relations.routes.ts";
import { reportRoutes } from "./routes/report/report.routes.ts";
import { searchRoutes } from "./routes/search/search.routes.ts";
import { sessionRoutes } from "./routes/session/session.routes.ts";
import { statsRoutes } from "./routes/stats/stats.routes.ts";
import { submissionsRoutes } from "./routes/submissions/submissions.routes.ts";
import { workspaceRoutes } from "./routes/workspace/workspace.routes.ts";
import { type LogOptions, serverOptions } from "./server-options.ts";
import { DEFAULT_SETTINGS, type ServerSettings } from "./settings.ts";
import type { Workspace } from "./workspace.ts";

export type AppDeps = {
  repos: Repositories;
  database: Pick<Database, "engine" | "db" | "listen">;
  dataDir: string;
  /** Operator settings (src/server/settings.ts); tests change what they exercise. */
  settings?: ServerSettings;
  /** Structured JSON logs at a level; off unless given. */
  log?: LogOptions | false;
  /** The built web app; served at / when it exists. `null` serves the API alone. */
  webDir?: string | null;
  /** The research report's text file; cited lines can be read when it exists. */
  reportPath?: string | null;
  /** Mails invitations and reset links; without one, the app shows the links instead. */
  mailer?: Mailer | null;
  /** Where links point (PUBLIC_URL); never taken from a request's Host header. */
  publicUrl?: string;
  sessionPolicy?: SessionPolicy;
  /** The clock: tests move it to check expiry. */
  now?: () => Date;
  /** Trust X-Forwarded-* from these proxies (Fastify's trustProxy); overrides settings.trustProxy (TRUST_PROXY). */
  trustProxy?: boolean | string;
  /** How long each step of the approval process is expected to take (JUBKOO_STEP_DAYS). */
  stepDurations?: StepDurations;
  /** Runs the notification worker (mail, digests, dormant relations, reports due) in this process. */
  noticeWorker?: Omit<NoticeWorkerOptions, "onError"> | null;
};

export const buildApp = async ({
  repos,
  database,
  dataDir,
  settings = DEFAULT_SETTINGS,
  log = false,
  webDir = join(ROOT, "web", "dist"),
  reportPath = null,
  mailer = null,
  publicUrl = "http://localhost:3000",
  sessionPolicy = DEFAULT_SESSION_POLICY,
  now = () => new Date(),
  stepDurations = DEFAULT_DURATIONS,
  trustProxy,
  noticeWorker = null,
}: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify(
    serverOptions(
      trustProxy === undefined
        ? settings
        : { ...settings, trustProxy: typeof trustProxy === "string" ? trustProxy.split(",") : trustProxy },
      log,
    ),
  );
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
  const catalogs = createCatalogCache(repos);
  // Every instance drops its cached catalog when any instance commits a change (LISTEN/NOTIFY).
  const health = createHealthInputsCache(repos, catalogs);
  // "activity": a log or a plan changed, which only the health inputs hold; anything else (data,
  // or "" after a reconnect, when changes may have been missed) drops the catalog and all built on it.
  const stopListening = await database.listen(CHANGES_CHANNEL, (payload) =>
    payload === "activity" ? health.invalidate() : catalogs.invalidate(),
  );
  app.addHook("onClose", async () => stopListening());
  const workspace: Workspace = {
    deps: {
      db: database.db,
      repos,
      now,
      newId: randomUUID,
      mailer,
      onDataChanged: () => catalogs.invalidate(),
      onActivityChanged: () => health.invalidate(),
      catalog: catalogs.get,
    },
    sessionPolicy,
    publicUrl,
  };
  const hmacKey = await repos.settings.getOrCreate("csrf-hmac-key", () => randomBytes(32).toString("base64url"));
  await app.register(authPlugin, { repos, policy: sessionPolicy, now });
  await app.register(csrfPlugin, { hmacKey, publicUrl });
  await app.register(healthRoutes(repos, database, catalogs));
  await app.register(localitiesRoutes(repos, catalogs, health, now));
  await app.register(relationsRoutes(repos, now));
  await app.register(organisationsRoutes(repos));
  await app.register(issuesRoutes(repos));
  const matching = createMatchService(catalogs, settings.matcher);
  app.addHook("onClose", () => matching.close());
  await app.register(matchRoutes(matching));
  await app.register(criteriaRoutes);
  await app.register(statsRoutes(catalogs, health, now));
  await app.register(atlasRoutes(catalogs));
  await app.register(searchRoutes(createSearch(catalogs, repos)));
  await app.register(placesRoutes(repos));
  await app.register(needsOffersRoutes(repos));
  await app.register(geoRoutes(dataDir));
  await app.register(reportRoutes(createReportText(reportPath)));
  await app.register(sessionRoutes(workspace));
  await app.register(accountsRoutes(workspace));
  await app.register(editsRoutes(workspace));
  await app.register(registrationRoutes(workspace));
  await app.register(submissionsRoutes(workspace));
  await app.register(auditRoutes(workspace));
  await app.register(workspaceRoutes(workspace));
  await app.register(proposalsRoutes(workspace, catalogs, stepDurations));
  await app.register(tripsRoutes(workspace));
  await app.register(activitiesRoutes(workspace));
  await app.register(noticesRoutes(workspace));
  await app.register(annualReportsRoutes(workspace));
  await app.register(handoverRoutes(workspace));
  await app.register(eventsRoutes(workspace));
  if (noticeWorker) {
    const worker = startNoticeWorker(
      { db: database.db, repos, now, newId: randomUUID, mailer, publicUrl },
      { ...noticeWorker, onError: (error) => app.log.error({ err: error }, "notification worker") },
    );
    app.addHook("onClose", async () => worker.stop());
  }
  await app.register(adminImportRoutes(workspace));
  if (webDir && !(await registerWebApp(app, webDir))) {
    app.log.warn(`no web app at ${webDir}: run "npm run build:web" (npm start does it for you)`);
  }
  return app;
};
