import { and, eq, lt, ne, or } from "drizzle-orm";
import type { Db } from "./database.ts";
import { sessions, users } from "./schema.ts";

export type SessionRow = typeof sessions.$inferSelect;

export const createSessionsRepository = (db: Db) => ({
  async insert(session: SessionRow): Promise<void> {
    await db.insert(sessions).values(session);
  },

  /** The session and its user in one read: every authenticated request makes it. */
  async withUser(id: string) {
    const [row] = await db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, id));
    return row;
  },

  async touch(id: string, at: Date): Promise<void> {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
  },

  async remove(id: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.id, id));
  },

  /** Signs a user out everywhere, or everywhere but the session they are using. */
  async removeForUser(userId: string, except?: string): Promise<number> {
    const rows = await db
      .delete(sessions)
      .where(except ? and(eq(sessions.userId, userId), ne(sessions.id, except)) : eq(sessions.userId, userId))
      .returning({ id: sessions.id });
    return rows.length;
  },

  async removeExpired(now: Date, idleBefore: Date): Promise<void> {
    await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore)));
  },
});

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
