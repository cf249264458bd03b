import { eq } from "drizzle-orm";
import type { Db } from "./database.ts";
import { settings } from "./schema.ts";

export const createSettingsRepository = (db: Db) => ({
  /** The stored value, or `create()`'s stored on first use; concurrent first uses agree on one. */
  async getOrCreate(key: string, create: () => string): Promise<string> {
    await db.insert(settings).values({ key, value: create() }).onConflictDoNothing();
    const [row] = await db.select().from(settings).where(eq(settings.key, key));
    if (!row) throw new Error(`setting ${key} missing after insert`);
    return row.value;
  },
});

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
