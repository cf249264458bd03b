import { formatProblem } from "../catalog/problem.ts";
import { loadConfig } from "../config.ts";
import { sessionPolicyFromEnv } from "../services/auth/session.service.ts";
import { ValidationFailed } from "../services/errors.ts";
import { createMailer } from "../services/mail/mailer.ts";
import { openStore } from "../services/open-store.ts";
import { buildApp } from "./app.ts";

const config = loadConfig();
console.log(
  `Jubkoo: opening ${config.databaseUrl ? "the PostgreSQL server" : `the embedded database at ${config.pgliteDir}`} …`,
);
// Every start brings the reference records in line with data/, so a pull needs no manual seed.
const store = await openStore(config, { syncReference: true }).catch((error: unknown) => {
  if (!(error instanceof ValidationFailed)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`Jubkoo did not start: ${error.message}. Fix data/ (see bin/jubkoo data check).`);
  process.exit(2);
});
const mailer = createMailer(config.smtpUrl, config.mailFrom);
const app = await buildApp({
  repos: store.repos,
  database: store.database,
  dataDir: config.dataDir,
  logger: true,
  mailer,
  publicUrl: config.publicUrl,
  sessionPolicy: sessionPolicyFromEnv(process.env),
});
const shutdown = async () => {
  await app.close();
  await store.database.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
await app.listen({ port: config.port, host: config.host });
console.log(`Jubkoo is serving http://localhost:${config.port} (API docs at /api/docs)`);
