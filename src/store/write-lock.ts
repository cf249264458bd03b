import { sql } from "drizzle-orm";
import type { Db } from "./database.ts";

/** Advisory lock keys (any fixed 64-bit numbers; these spell "jubk" and a purpose). */
export const WRITE_LOCK = 0x6a75626b01;
export const MIGRATION_LOCK = 0x6a75626b02;

/**
 * Serialises the writers of whole datasets (seed, import, restore) across every process and
 * instance on one PostgreSQL database: the second waits for the first to commit, then reads what
 * it wrote. Call inside the transaction; the lock is released with it.
 */
export const takeWriteLock = async (tx: Db): Promise<void> => {
  await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
};
