import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "./database.ts";
import { notices } from "./schema.ts";

export type NoticeRow = typeof notices.$inferSelect;
export type NewNotice = Pick<NoticeRow, "id" | "userId" | "kind" | "dedupeKey" | "payload" | "createdAt"> & {
  emailStatus?: "none" | "pending";
};

export const createNoticesRepository = (db: Db) => ({
  /** Inserts unless a notice with the same dedupe key exists; true when it was new. */
  async enqueue(notice: NewNotice): Promise<boolean> {
    const rows = await db
      .insert(notices)
      .values({ ...notice, emailStatus: notice.emailStatus ?? "none" })
      .onConflictDoNothing({ target: notices.dedupeKey })
      .returning({ id: notices.id });
    return rows.length === 1;
  },

  async forUser(userId: string, options: { unreadOnly?: boolean; limit?: number } = {}): Promise<NoticeRow[]> {
    return db
      .select()
      .from(notices)
      .where(options.unreadOnly ? and(eq(notices.userId, userId), isNull(notices.readAt)) : eq(notices.userId, userId))
      .orderBy(desc(notices.createdAt))
      .limit(options.limit ?? 100);
  },
});

export type NoticesRepository = ReturnType<typeof createNoticesRepository>;
