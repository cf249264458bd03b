import { eq, inArray } from "drizzle-orm";
import { DEFAULT_PREFERENCES, type Preferences, PreferencesSchema } from "../domain/notifications.ts";
import type { Db } from "./database.ts";
import { notificationPreferences } from "./schema.ts";

/** Each user's choice of notices; a user who never chose gets the defaults. */
export const createPreferencesRepository = (db: Db) => ({
  async get(userId: string): Promise<Preferences> {
    const [row] = await db
      .select({ doc: notificationPreferences.doc })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId));
    return row ? PreferencesSchema.parse(row.doc) : DEFAULT_PREFERENCES;
  },

  async forUsers(userIds: readonly string[]): Promise<Map<string, Preferences>> {
    if (userIds.length === 0) return new Map();
    const rows = await db
      .select()
      .from(notificationPreferences)
      .where(inArray(notificationPreferences.userId, [...userIds]));
    return new Map(rows.map((row) => [row.userId, PreferencesSchema.parse(row.doc)]));
  },

  async save(userId: string, preferences: Preferences, at: Date): Promise<void> {
    const values = { userId, doc: preferences, updatedAt: at };
    await db
      .insert(notificationPreferences)
      .values(values)
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: values });
  },
});

export type PreferencesRepository = ReturnType<typeof createPreferencesRepository>;
