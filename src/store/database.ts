import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { FolderLock } from "./embedded/folder-lock.ts";
import { openEmbedded } from "./embedded/open-embedded.ts";
import * as schema from "./schema.ts";
import { MIGRATION_LOCK } from "./write-lock.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  engine: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /** The embedded folder's single-writer lock (absent for a server or an in-memory database). */
  lock?: FolderLock;
};

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export type DatabaseTarget = {
  databaseUrl?: string | undefined;
  pgliteDir?: string | undefined;
  /** How this process is named to another that finds the embedded folder in use. */
  role?: string;
};

/**
 * One code path for both engines: PGlite in a data folder (or in memory when no folder is given),
 * or a PostgreSQL server when a URL is given.
 */
export const openDatabase = async (target: DatabaseTarget): Promise<Database> => {
  if (target.databaseUrl) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 4 });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      engine: "postgres",
      // Instances starting together must not run the same migration twice: one waits for the other.
      migrate: async () => {
        const client = await pool.connect();
        try {
          await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
          await migratePg(db as never, { migrationsFolder });
        } finally {
          await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const embedded = target.pgliteDir
    ? await openEmbedded(target.pgliteDir, target.role ?? "a jubkoo process")
    : undefined;
  const client = embedded?.client ?? new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
    },
    close: () => (embedded ? embedded.close() : client.close()),
    ...(embedded ? { lock: embedded.lock } : {}),
  };
};
