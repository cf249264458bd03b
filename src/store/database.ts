import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  engine: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export type DatabaseTarget = { databaseUrl?: string | undefined; pgliteDir?: string | undefined };

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
      migrate: async () => {
        await migratePg(db as never, { migrationsFolder });
      },
      close: () => pool.end(),
    };
  }
  if (target.pgliteDir) mkdirSync(dirname(target.pgliteDir), { recursive: true });
  const client = target.pgliteDir ? new PGlite(target.pgliteDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
    },
    close: () => client.close(),
  };
};
