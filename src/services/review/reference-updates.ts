import { randomUUID } from "node:crypto";
import { deepEqual, mergeReference } from "../../domain/merge.ts";
import type { Submission } from "../../domain/review.ts";
import type { RecordDocs, RecordKindName } from "../../store/records.repository.ts";
import type { UserEditedHook } from "../../store/reference.repository.ts";
import { createRepositories } from "../../store/repositories.ts";

export const partiesOf = (kind: RecordKindName, doc: RecordDocs[RecordKindName]): string[] => {
  if (kind === "relation") return [...(doc as RecordDocs["relation"]).parties];
  if (kind === "needOffer") return [(doc as RecordDocs["needOffer"]).party];
  return [doc.id];
};

/**
 * The reference data changed a record a user has edited: keep the user's version and put the
 * difference in the review queue, with the merge a facilitator may accept. One open item per
 * record, brought up to date when the reference moves again.
 */
export const queueReferenceUpdate: UserEditedHook = async (tx, kind, { incoming, doc, baseDoc }) => {
  if (baseDoc === null || deepEqual(baseDoc, incoming) || deepEqual(doc, incoming)) return;
  const repos = createRepositories(tx);
  const open = (
    await repos.submissions.list({ recordId: incoming.id, kind: "reference-update", status: ["pending"] })
  ).filter((submission) => submission.record.kind === kind);
  if (open.some((submission) => deepEqual(submission.payload.reference, incoming))) return;
  const { merged, conflicts, changedFields } = mergeReference(
    baseDoc as Record<string, unknown>,
    doc as Record<string, unknown>,
    incoming as Record<string, unknown>,
  );
  const now = new Date();
  const payload = { reference: incoming, base: baseDoc, merged, conflicts, changedFields };
  const [current] = open;
  if (current) {
    await repos.submissions.save(
      { ...current, payload, events: [...current.events, { at: now.toISOString(), by: null, action: "resubmitted" }] },
      now,
    );
    return;
  }
  const submission: Submission = {
    id: randomUUID(),
    kind: "reference-update",
    status: "pending",
    record: { kind, id: incoming.id },
    parties: partiesOf(kind, incoming),
    submittedBy: null,
    submitterScope: null,
    submittedAt: now.toISOString(),
    payload,
    events: [{ at: now.toISOString(), by: null, action: "submitted" }],
  };
  await repos.submissions.insert(submission, now);
};
