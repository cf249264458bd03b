import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import { signInThrottle } from "./schema.ts";

export type ThrottleRow = typeof signInThrottle.$inferSelect;

export const createThrottleRepository = (db: Db) => ({
  async get(keys: readonly string[]): Promise<ThrottleRow[]> {
    if (keys.length === 0) return [];
    return db
      .select()
      .from(signInThrottle)
      .where(inArray(signInThrottle.key, [...keys]));
  },

  /**
   * Counts one more failure atomically (concurrent attempts each count) and returns the total;
   * a count whose last failure is older than `windowStart` starts again at one.
   */
  async addFailure(key: string, at: Date, windowStart: Date): Promise<number> {
    const [row] = await db
      .insert(signInThrottle)
      .values({ key, failures: 1, lastFailureAt: at, blockedUntil: null })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: {
          failures: sql`case when ${signInThrottle.lastFailureAt} < ${windowStart.toISOString()} then 1 else ${signInThrottle.failures} + 1 end`,
          lastFailureAt: at,
        },
      })
      .returning({ failures: signInThrottle.failures });
    return row?.failures ?? 1;
  },

  async block(key: string, until: Date): Promise<void> {
    await db.update(signInThrottle).set({ blockedUntil: until }).where(eq(signInThrottle.key, key));
  },

  async clear(key: string): Promise<void> {
    await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
  },
});

export type ThrottleRepository = ReturnType<typeof createThrottleRepository>;
