import { and, asc, count, desc, eq, inArray, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import { notices } from "./schema.ts";

export type NoticeRow = typeof notices.$inferSelect;
export type NewNotice = Pick<NoticeRow, "id" | "userId" | "kind" | "dedupeKey" | "payload" | "createdAt"> & {
  emailStatus?: "none" | "pending" | "digest";
};

/** The weekly digest is itself a notice (so it is mailed, retried and deduplicated alike), not shown in the inbox. */
export const DIGEST_KIND = "digest";

const inInbox = (userId: string) => and(eq(notices.userId, userId), ne(notices.kind, DIGEST_KIND));

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
      .where(options.unreadOnly ? and(inInbox(userId), isNull(notices.readAt)) : inInbox(userId))
      .orderBy(desc(notices.createdAt), desc(notices.id))
      .limit(options.limit ?? 100);
  },

  async get(id: string): Promise<NoticeRow | undefined> {
    const [row] = await db.select().from(notices).where(eq(notices.id, id));
    return row;
  },

  async unreadCount(userId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(notices)
      .where(and(inInbox(userId), isNull(notices.readAt)));
    return Number(row?.n ?? 0);
  },

  /** Marks the user's notices read (all unread ones when no ids are given); returns those changed. */
  async markRead(userId: string, ids: readonly string[] | "all", at: Date): Promise<string[]> {
    const which = ids === "all" ? undefined : inArray(notices.id, [...ids]);
    if (ids !== "all" && ids.length === 0) return [];
    const rows = await db
      .update(notices)
      .set({ readAt: at })
      .where(and(inInbox(userId), isNull(notices.readAt), which))
      .returning({ id: notices.id });
    return rows.map((row) => row.id);
  },

  async byIds(ids: readonly string[]): Promise<NoticeRow[]> {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(notices)
      .where(inArray(notices.id, [...ids]))
      .orderBy(asc(notices.createdAt));
  },

  /**
   * Claims the oldest notice due for mailing, so that no other worker (in this process or another
   * instance) takes it: the row is locked while it is claimed and locked rows are skipped. The
   * claim is committed before the mail is sent.
   */
  async claimEmail(now: Date): Promise<NoticeRow | undefined> {
    const due = db
      .select({ id: notices.id })
      .from(notices)
      .where(
        and(
          eq(notices.emailStatus, "pending"),
          or(isNull(notices.emailNextAttemptAt), lte(notices.emailNextAttemptAt, now)),
        ),
      )
      .orderBy(asc(notices.createdAt), asc(notices.id))
      .limit(1)
      .for("update", { skipLocked: true });
    const [row] = await db
      .update(notices)
      .set({ emailStatus: "sending", emailAttempts: sql`${notices.emailAttempts} + 1`, emailClaimedAt: now })
      .where(inArray(notices.id, due))
      .returning();
    return row;
  },

  async markEmailed(id: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(notices)
      .set({ emailStatus: "sent", emailSentAt: at, emailLastError: null })
      .where(and(eq(notices.id, id), eq(notices.emailStatus, "sending")))
      .returning({ id: notices.id });
    return rows.length === 1;
  },

  /** After a failed send: try again later, or give up when the address was refused for good. */
  async releaseEmail(id: string, outcome: { retryAt: Date; error: string } | { failed: true; error: string }) {
    await db
      .update(notices)
      .set(
        "failed" in outcome
          ? { emailStatus: "failed", emailLastError: outcome.error }
          : { emailStatus: "pending", emailNextAttemptAt: outcome.retryAt, emailLastError: outcome.error },
      )
      .where(and(eq(notices.id, id), eq(notices.emailStatus, "sending")));
  },

  /** Mail no longer worth sending (waited past `cutoff`): kept in the inbox, not mailed. */
  async expireEmails(cutoff: Date): Promise<number> {
    const rows = await db
      .update(notices)
      .set({ emailStatus: "expired" })
      .where(and(inArray(notices.emailStatus, ["pending", "digest"]), lt(notices.createdAt, cutoff)))
      .returning({ id: notices.id });
    return rows.length;
  },

  /**
   * Claims a worker abandoned (it stopped between claiming and recording the outcome) may have
   * been sent: they are marked unconfirmed and never sent again.
   */
  async abandonStale(claimedBefore: Date): Promise<number> {
    const rows = await db
      .update(notices)
      .set({ emailStatus: "unconfirmed" })
      .where(and(eq(notices.emailStatus, "sending"), lt(notices.emailClaimedAt, claimedBefore)))
      .returning({ id: notices.id });
    return rows.length;
  },

  /** Users with notices waiting for a digest from before `weekStart`. */
  async digestUsers(weekStart: Date): Promise<string[]> {
    const rows = await db
      .selectDistinct({ userId: notices.userId })
      .from(notices)
      .where(and(eq(notices.emailStatus, "digest"), lt(notices.createdAt, weekStart)));
    return rows.map((row) => row.userId);
  },

  /** Ties the waiting notices to the digest that will carry them; returns their ids. */
  async attachToDigest(userId: string, weekStart: Date, digestId: string): Promise<string[]> {
    const rows = await db
      .update(notices)
      .set({ emailStatus: "digested", digestId })
      .where(and(eq(notices.userId, userId), eq(notices.emailStatus, "digest"), lt(notices.createdAt, weekStart)))
      .returning({ id: notices.id });
    return rows.map((row) => row.id);
  },

  async emailCounts(): Promise<Record<string, number>> {
    const rows = await db
      .select({ status: notices.emailStatus, n: count() })
      .from(notices)
      .groupBy(notices.emailStatus);
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  },
});

export type NoticesRepository = ReturnType<typeof createNoticesRepository>;
