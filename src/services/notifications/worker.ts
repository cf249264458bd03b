import type { Db } from "../../store/database.ts";
import type { Repositories } from "../../store/repositories.ts";
import type { Mailer } from "../mail/mailer.ts";
import { deliverDue } from "./delivery.service.ts";
import { makeDigests } from "./digest.service.ts";
import { noticeDormantRelations, noticeReportsDue } from "./scanners.ts";

export type NoticeWorkerDeps = {
  db: Db;
  repos: Repositories;
  now: () => Date;
  newId: () => string;
  mailer: Mailer | null;
  publicUrl: string;
};

export type NoticeWorkerOptions = {
  /** How often pending mail is looked for. */
  intervalMs: number;
  /** How often relations, reports due and digests are looked at (their notices are deduplicated). */
  scanEveryMs: number;
  onError?: (error: unknown) => void;
};

/**
 * The notification worker in the server process: mails what is due (when SMTP is configured),
 * and now and then tells editors of relations going quiet and reports due, and makes the weekly
 * digests. Safe to run in every instance: claims skip locked rows and every notice has a dedupe key.
 */
export const startNoticeWorker = (deps: NoticeWorkerDeps, options: NoticeWorkerOptions) => {
  let running: Promise<void> | undefined;
  let lastScan = Number.NEGATIVE_INFINITY;
  const pass = async () => {
    const now = deps.now().getTime();
    if (now - lastScan >= options.scanEveryMs) {
      lastScan = now;
      await noticeDormantRelations(deps);
      await noticeReportsDue(deps);
      await makeDigests(deps);
    }
    if (deps.mailer) await deliverDue({ ...deps, mailer: deps.mailer });
  };
  const tick = () => {
    running ??= pass()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  void tick();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
};

/** NOTICE_POLL_SECONDS (default 30, at least 1): how soon a notice's mail goes out. */
export const pollIntervalFromEnv = (env: NodeJS.ProcessEnv): number => {
  const seconds = Number(env.NOTICE_POLL_SECONDS ?? 30);
  if (!Number.isFinite(seconds) || seconds < 1)
    throw new Error(`NOTICE_POLL_SECONDS must be a number of seconds, at least 1 (got "${env.NOTICE_POLL_SECONDS}")`);
  return seconds * 1000;
};
