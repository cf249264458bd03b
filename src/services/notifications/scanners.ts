import { reportsToMoi } from "../../domain/annual-report.ts";
import { speaksFor } from "../../domain/policy/actor.ts";
import { healthOfRelation } from "../../domain/rules/health-of-relation.ts";
import type { Db } from "../../store/database.ts";
import { createRepositories, type Repositories } from "../../store/repositories.ts";
import type { UserRow } from "../../store/users.repository.ts";
import { enqueueNotice } from "./outbox.ts";

type ScanDeps = { db: Db; repos: Repositories; now: () => Date };

/** The report does not name MOI's deadline: Jubkoo asks when the year is over and reminds after 60 days. */
export const REPORT_REMINDER_DAYS = 60;

const activeEditors = async (repos: Repositories): Promise<UserRow[]> =>
  (await repos.users.list()).filter((user) => user.status === "active" && user.role === "editor");

const inTransaction = <T>(deps: ScanDeps, work: (tx: Repositories) => Promise<T>): Promise<T> =>
  deps.db.transaction(async (transaction) => work(createRepositories(transaction as unknown as Db)));

/**
 * Tells each party's editors when a relation of theirs goes quiet (18 months without a recorded
 * activity) before it lapses. Once per silence: the key names the last activity, so a relation that
 * revives and goes quiet again is told again, and a scan repeated is told nothing new.
 */
export const noticeDormantRelations = async (deps: ScanDeps): Promise<number> => {
  const today = deps.now();
  const editors = await activeEditors(deps.repos);
  if (editors.length === 0) return 0;
  const { items } = await deps.repos.relations.list({});
  const ids = items.map((relation) => relation.id);
  const [logs, plans, confirmed] = await Promise.all([
    deps.repos.activities.forRelations(ids),
    deps.repos.objectives.forRelations(ids),
    deps.repos.objectives.lastConfirmed(),
  ]);
  const notices = items.flatMap((relation) => {
    const health = healthOfRelation(
      relation,
      logs.get(relation.id) ?? [],
      plans.get(relation.id) ?? [],
      confirmed.get(relation.id),
      today,
    );
    if (!health.isGoingDormant) return [];
    return editors
      .filter((editor) => relation.parties.some((party) => speaksFor(editor.scope, party)))
      .map((editor) => ({
        userId: editor.id,
        kind: "relation-dormant",
        dedupeKey: `relation-dormant:${relation.id}:${health.lastActivity ?? relation.start ?? "undated"}:${editor.id}`,
        payload: { relationId: relation.id, months: health.monthsSilent, since: health.lastActivity },
      }));
  });
  return inTransaction(deps, async (tx) => {
    let queued = 0;
    for (const notice of notices) if (await enqueueNotice(tx, notice, today)) queued += 1;
    return queued;
  });
};

/**
 * When a year is over, tells the editors of each Thai province (and Bangkok, Pattaya) whose report
 * for it is not yet submitted, and reminds them once after REPORT_REMINDER_DAYS.
 */
export const noticeReportsDue = async (deps: ScanDeps): Promise<number> => {
  const today = deps.now();
  const year = today.getUTCFullYear() - 1;
  const isLate = today.getTime() - Date.UTC(year + 1, 0, 1) >= REPORT_REMINDER_DAYS * 24 * 3600_000;
  const editors = await activeEditors(deps.repos);
  const notices: Array<{ userId: string; kind: string; dedupeKey: string; payload: Record<string, unknown> }> = [];
  const settled = new Map<string, boolean>();
  for (const editor of editors) {
    for (const localityId of editor.scope.localities) {
      if (!settled.has(localityId)) {
        const locality = await deps.repos.localities.get(localityId);
        const isMoi = locality !== undefined && reportsToMoi(locality);
        const report = isMoi ? await deps.repos.annualReports.find(localityId, year) : undefined;
        settled.set(localityId, !isMoi || report?.state === "submitted" || report?.state === "acknowledged");
      }
      if (settled.get(localityId)) continue;
      const payload = { locality: localityId, year };
      notices.push({
        userId: editor.id,
        kind: "report-due",
        dedupeKey: `report-due:${localityId}:${year}:${editor.id}`,
        payload,
      });
      if (isLate)
        notices.push({
          userId: editor.id,
          kind: "report-due",
          dedupeKey: `report-due:${localityId}:${year}:${editor.id}:reminder`,
          payload: { ...payload, isReminder: true },
        });
    }
  }
  return inTransaction(deps, async (tx) => {
    let queued = 0;
    for (const notice of notices) if (await enqueueNotice(tx, notice, today)) queued += 1;
    return queued;
  });
};
