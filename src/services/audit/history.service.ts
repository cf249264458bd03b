import { diffRecords } from "../../domain/diff.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import type { AuditRow } from "../../store/audit.repository.ts";
import { authorize } from "../authorize.ts";
import type { WorkspaceDeps } from "../workspace/context.ts";

/** One entry as facilitators and admins read it, with what changed spelled out. */
export const presentEntry = (entry: AuditRow) => ({
  id: entry.id,
  at: entry.at.toISOString(),
  actor:
    entry.actorId || entry.actorEmail ? { id: entry.actorId, email: entry.actorEmail, role: entry.actorRole } : null,
  ip: entry.ip,
  action: entry.action,
  recordKind: entry.recordKind,
  recordId: entry.recordId,
  reason: entry.reason,
  reverts: entry.reverts,
  changes: diffRecords(entry.before, entry.after),
  before: entry.before,
  after: entry.after,
});

/** The change log of one record, newest first. */
export const recordHistory = async (
  deps: WorkspaceDeps,
  actor: Actor,
  recordId: string,
  options: { limit: number; before?: number | undefined },
) => {
  authorize(actor, { type: "audit.read" });
  return (await deps.repos.audit.forRecord(recordId, options)).map(presentEntry);
};

/** The latest changes anywhere, or by one person. */
export const recentChanges = async (
  deps: WorkspaceDeps,
  actor: Actor,
  options: { limit: number; before?: number | undefined; actorId?: string | undefined },
) => {
  authorize(actor, { type: "audit.read" });
  return (await deps.repos.audit.recent(options)).map(presentEntry);
};
