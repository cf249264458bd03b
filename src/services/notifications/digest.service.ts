import { digestWeekStart } from "../../domain/notifications.ts";
import type { Db } from "../../store/database.ts";
import { DIGEST_KIND } from "../../store/notices.repository.ts";
import { createRepositories, type Repositories } from "../../store/repositories.ts";

class AlreadyDigested extends Error {}

/**
 * Gathers, for each user who chose a weekly digest, the notices that arrived before this week
 * began into one digest notice, which the mail worker sends like any other. One per user and week
 * (its dedupe key), so running twice, or on two instances, makes one digest.
 */
export const makeDigests = async (deps: {
  db: Db;
  repos: Repositories;
  now: () => Date;
  newId: () => string;
}): Promise<number> => {
  const now = deps.now();
  const weekStart = digestWeekStart(now);
  let made = 0;
  for (const userId of await deps.repos.notices.digestUsers(weekStart)) {
    try {
      await deps.db.transaction(async (transaction) => {
        const tx = createRepositories(transaction as unknown as Db);
        const digestId = deps.newId();
        const noticeIds = await tx.notices.attachToDigest(userId, weekStart, digestId);
        if (noticeIds.length === 0) return;
        const isNew = await tx.notices.enqueue({
          id: digestId,
          userId,
          kind: DIGEST_KIND,
          dedupeKey: `digest:${userId}:${weekStart.toISOString()}`,
          payload: { noticeIds, weekStart: weekStart.toISOString() },
          createdAt: now,
          emailStatus: "pending",
        });
        // Another instance made this week's digest meanwhile: leave these for the next one.
        if (!isNew) throw new AlreadyDigested();
        made += 1;
      });
    } catch (error) {
      if (!(error instanceof AlreadyDigested)) throw error;
    }
  }
  return made;
};
