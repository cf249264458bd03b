import { deepEqual } from "../../domain/merge.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import { RECORD_KINDS, type RecordDocs, type RecordKindName } from "../../store/records.repository.ts";
import { authorize } from "../authorize.ts";
import { Conflict, NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

const isRecordKind = (kind: string): kind is RecordKindName => (RECORD_KINDS as readonly string[]).includes(kind);

/**
 * Undoes one change to a record by writing its earlier state back, as a new change of its own.
 * Only when the record still is what that change left: otherwise a later change would be lost.
 */
export const revertChange = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  entryId: number,
  reason: string | undefined,
) => {
  authorize(actor, { type: "audit.revert" });
  const entry = await deps.repos.audit.byId(entryId);
  if (!entry) throw new NotFound("change", String(entryId));
  const kind = entry.recordKind;
  if (!isRecordKind(kind) || (entry.before === null && entry.after === null)) throw new Conflict("error.revert-stale");
  return runChange(deps, meta, { changesData: true }, async (tx, at) => {
    const stored = await tx.records.get(kind, entry.recordId);
    const current = stored?.doc ?? null;
    if (!deepEqual(current, entry.after)) throw new Conflict("error.revert-stale");
    const before = entry.before as RecordDocs[typeof kind] | null;
    if (before === null) await tx.records.remove(kind, entry.recordId, at);
    else if (stored?.baseDoc && deepEqual(before, stored.baseDoc)) await tx.records.saveAsReference(kind, before);
    else
      await tx.records.saveAsUser(
        kind,
        before,
        stored?.origin === "reference" ? stored.doc : (stored?.baseDoc ?? null),
      );
    return {
      value: { recordKind: kind, recordId: entry.recordId, restored: before },
      audit: {
        action: `${kind}.revert`,
        recordKind: kind,
        recordId: entry.recordId,
        before: current,
        after: before,
        reason: reason ?? null,
        reverts: entry.id,
      },
    };
  });
};
