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
  /** LISTEN on a channel; the handler gets each NOTIFY's payload. Resolves to a function that stops. */
  listen: (channel: string, handler: (payload: string) => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
  /** The embedded folder's single-writer lock (absent for a server or an in-memory database). */
  lock?: FolderLock;
};

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

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
    const stops = new Set<() => Promise<void>>();
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
      // A notification needs a connection of its own that stays open: pooled ones come and go. If
      // it drops, it reconnects and calls the handler once, since notices may have been missed.
      listen: async (channel, handler) => {
        if (!CHANNEL.test(channel)) throw new Error(`invalid channel name ${channel}`);
        let isStopped = false;
        let current: pg.Client | undefined;
        const connect = async (): Promise<void> => {
          const client = new pg.Client({ connectionString: target.databaseUrl });
          client.on("notification", (message) => {
            if (message.channel === channel) handler(message.payload ?? "");
          });
          const lost = () => {
            if (isStopped || current !== client) return;
            current = undefined;
            void keepConnected().then(() => handler(""));
          };
          client.on("error", lost);
          client.on("end", lost);
          await client.connect();
          await client.query(`listen ${channel}`);
          current = client;
        };
        const keepConnected = async (): Promise<void> => {
          while (!isStopped) {
            try {
              return await connect();
            } catch {
              await new Promise((resolve) => setTimeout(resolve, 1000).unref());
            }
          }
        };
        await connect();
        const stop = async () => {
          isStopped = true;
          stops.delete(stop);
          const client = current;
          current = undefined;
          await client?.end().catch(() => undefined);
        };
        stops.add(stop);
        return stop;
      },
      close: async () => {
        await Promise.all([...stops].map((stop) => stop()));
        await pool.end();
      },
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
    listen: async (channel, handler) => {
      if (!CHANNEL.test(channel)) throw new Error(`invalid channel name ${channel}`);
      return client.listen(channel, handler);
    },
    close: () => (embedded ? embedded.close() : client.close()),
    ...(embedded ? { lock: embedded.lock } : {}),
  };
};
