import { retryDelayMs } from "../../domain/notifications.ts";
import type { NoticeRow } from "../../store/notices.repository.ts";
import type { Repositories } from "../../store/repositories.ts";
import type { Mailer } from "../mail/mailer.ts";
import { composeMail } from "./compose.ts";

export type DeliveryDeps = {
  repos: Repositories;
  mailer: Mailer;
  now: () => Date;
  publicUrl: string;
};

/** Longer than any send can take (nodemailer gives up on a silent server well before). */
export const CLAIM_LEASE_MS = 15 * 60_000;
/** Mail that could not go out for this long is no longer worth sending; the inbox keeps the notice. */
export const EMAIL_MAX_AGE_MS = 30 * 24 * 3600_000;

export type DeliveryReport = { sent: number; retrying: number; failed: number; abandoned: number; expired: number };

/** An SMTP 5xx reply refuses the message for good (no such mailbox …); anything else is worth retrying. */
const isPermanent = (error: unknown): boolean => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
};

const deliverOne = async (deps: DeliveryDeps, notice: NoticeRow): Promise<"sent" | "retrying" | "failed"> => {
  const user = await deps.repos.users.byId(notice.userId);
  if (user?.status !== "active") {
    await deps.repos.notices.releaseEmail(notice.id, { failed: true, error: "no active account" });
    return "failed";
  }
  const mail = await composeMail(deps.repos, notice, user, deps.publicUrl);
  try {
    await deps.mailer.send(mail);
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
    if (isPermanent(error)) {
      await deps.repos.notices.releaseEmail(notice.id, { failed: true, error: message });
      return "failed";
    }
    const retryAt = new Date(deps.now().getTime() + retryDelayMs(notice.emailAttempts));
    await deps.repos.notices.releaseEmail(notice.id, { retryAt, error: message });
    return "retrying";
  }
  await deps.repos.notices.markEmailed(notice.id, deps.now());
  return "sent";
};

/**
 * One pass of the mail worker. Each notice is claimed (committed) before it is sent and marked
 * sent after, so two workers never send the same notice. A claim a worker left behind (it stopped
 * mid-send) may already have gone out, so it is marked unconfirmed and never sent again: a crash
 * costs at most that one email, never a duplicate, and the notice stays in the inbox. A failing
 * server only delays: the notice is retried with a backoff from one minute to six hours.
 */
export const deliverDue = async (deps: DeliveryDeps, options: { max?: number } = {}): Promise<DeliveryReport> => {
  const now = deps.now();
  const report: DeliveryReport = {
    sent: 0,
    retrying: 0,
    failed: 0,
    abandoned: await deps.repos.notices.abandonStale(new Date(now.getTime() - CLAIM_LEASE_MS)),
    expired: await deps.repos.notices.expireEmails(new Date(now.getTime() - EMAIL_MAX_AGE_MS)),
  };
  for (let count = 0; count < (options.max ?? 200); count++) {
    const notice = await deps.repos.notices.claimEmail(deps.now());
    if (!notice) break;
    const outcome = await deliverOne(deps, notice);
    report[outcome] += 1;
    // A server that fails one message now will most likely fail the next: wait for the retry.
    if (outcome === "retrying") break;
  }
  return report;
};
