import { createHash } from "node:crypto";
import pg from "pg";
import { ROOT } from "../../src/config.ts";
import { type Database, openDatabase } from "../../src/store/database.ts";
import { createRepositories, type Repositories } from "../../src/store/repositories.ts";

export type TestEngine = "pglite" | "postgres";

export const testEngine = (): TestEngine => (process.env.JUBKOO_TEST_ENGINE === "postgres" ? "postgres" : "pglite");

let shared: Promise<Database> | undefined;

/** Several checkouts (git worktrees) may test against one server at once: each gets its own databases. */
const checkoutTag = createHash("sha256").update(ROOT).digest("hex").slice(0, 6);

/** One database per worker: per-worker databases on a server let test files run in parallel. */
const workerDatabaseUrl = async (serverUrl: string): Promise<string> => {
  const name = `jubkoo_test_${checkoutTag}_w${process.env.VITEST_POOL_ID ?? "0"}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * The worker's shared, migrated database. Opening PGlite costs seconds, so test files share one
 * per worker and call `freshRepositories()` to start from empty tables.
 */
export const sharedDatabase = (): Promise<Database> => {
  shared ??= (async () => {
    const engine = testEngine();
    const serverUrl = process.env.DATABASE_URL;
    if (engine === "postgres" && !serverUrl) throw new Error("JUBKOO_TEST_ENGINE=postgres needs DATABASE_URL");
    const database = await openDatabase(
      engine === "postgres" && serverUrl ? { databaseUrl: await workerDatabaseUrl(serverUrl) } : {},
    );
    await database.migrate();
    return database;
  })();
  return shared;
};

/**
 * Another client of the worker's database, as a second process or app instance would be: its
 * own connection pool on a server. Embedded PGlite in memory has one client, so it is shared.
 */
export const anotherClient = async (): Promise<Database> => {
  const serverUrl = process.env.DATABASE_URL;
  if (testEngine() !== "postgres" || !serverUrl) return sharedDatabase();
  return openDatabase({ databaseUrl: await workerDatabaseUrl(serverUrl) });
};

export const freshRepositories = async (): Promise<{ database: Database; repos: Repositories }> => {
  const database = await sharedDatabase();
  const repos = createRepositories(database.db);
  await repos.reference.truncateAll();
  return { database, repos };
};

/** Another connection to the worker's PostgreSQL database: a second app instance on the same data. */
export const secondConnection = async (): Promise<Database> => {
  const serverUrl = process.env.DATABASE_URL;
  if (testEngine() !== "postgres" || !serverUrl) throw new Error("a second connection needs the PostgreSQL suite");
  return openDatabase({ databaseUrl: await workerDatabaseUrl(serverUrl) });
};
