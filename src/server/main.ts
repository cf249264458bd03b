import { formatProblem } from "../catalog/problem.ts";
import { loadConfig } from "../config.ts";
import { sessionPolicyFromEnv } from "../services/auth/session.service.ts";
import { serveBackups } from "../services/backup.service.ts";
import { ValidationFailed } from "../services/errors.ts";
import { createMailer } from "../services/mail/mailer.ts";
import { pollIntervalFromEnv } from "../services/notifications/worker.ts";
import { nameThisProcess, openStore, type Store } from "../services/open-store.ts";
import { buildApp } from "./app.ts";
import { loadServerSettings, type ServerSettings } from "./settings.ts";
import { closeOnSignals } from "./shutdown.ts";

/** Start-up failures end in one plain line and an exit code, never a stack trace. */
const stop = (message: string, code: number): never => {
  console.error(`Jubkoo did not start: ${message}`);
  process.exit(code);
};

const config = loadConfig();
nameThisProcess("the server");
const readSettings = (): ServerSettings => {
  try {
    return loadServerSettings();
  } catch (error) {
    return stop(error instanceof Error ? error.message : String(error), 2);
  }
};
const settings = readSettings();
console.log(
  `Jubkoo: opening ${config.databaseUrl ? "the PostgreSQL server" : `the embedded database at ${config.pgliteDir}`} …`,
);
// Every start brings the reference records in line with data/, so a pull needs no manual seed.
const store: Store = await openStore(config, { syncReference: true }).catch((error: unknown) => {
  if (error instanceof ValidationFailed) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    return stop(`${error.message}. Fix data/ (see bin/jubkoo data check).`, 2);
  }
  return stop(error instanceof Error ? error.message : String(error), 1);
});
const mailer = createMailer(config.smtpUrl, config.mailFrom);
const app = await buildApp({
  repos: store.repos,
  database: store.database,
  dataDir: config.dataDir,
  settings,
  log: { level: settings.logLevel },
  reportPath: config.reportPath,
  mailer,
  publicUrl: config.publicUrl,
  sessionPolicy: sessionPolicyFromEnv(process.env),
  stepDurations: config.stepDurations,
  // Mail goes out within NOTICE_POLL_SECONDS; relations and reports due are looked at hourly.
  noticeWorker: { intervalMs: pollIntervalFromEnv(process.env), scanEveryMs: 3600_000 },
});
closeOnSignals(app, store, settings.shutdownTimeoutMs);
// `jubkoo db backup` asks this process for the embedded database's backup.
serveBackups(store.database);
try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  await app.close().catch(() => undefined);
  await store.database.close().catch(() => undefined);
  const code = (error as NodeJS.ErrnoException).code;
  stop(
    code === "EADDRINUSE"
      ? `${config.host}:${config.port} is in use by another program; set PORT to a free port`
      : error instanceof Error
        ? error.message
        : String(error),
    1,
  );
}
console.log(
  `Jubkoo is serving http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port} (API docs at /api/docs)`,
);
// Build the catalog, the match profiles and the search index now, so the first reader does not wait.
void Promise.all([app.inject("/api/match?from=TH-10&limit=1"), app.inject("/api/search?q=Bangkok&limit=1")]).catch(
  () => undefined,
);
