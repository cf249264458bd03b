import type { LoggedActivity } from "../../domain/activity.ts";
import type { User } from "../../domain/policy/actor.ts";
import type { Submission } from "../../domain/review.ts";
import type { Repositories } from "../../store/repositories.ts";
import { isReviewer } from "../editing/self-reports.ts";
import { enqueueNotice } from "../notifications/outbox.ts";
import { otherPartyEditors } from "../review/claims.service.ts";

type Tx = Pick<Repositories, "submissions" | "users" | "notices" | "preferences">;

/**
 * Keeps the review queue in step with the log: a reported activity waits for the other party's
 * editor or a facilitator; a change by an editor reports it anew (the earlier report is withdrawn,
 * and the other side is asked again); a facilitator's change settles it; a removed one leaves.
 */
export const trackActivityReport = async (
  tx: Tx,
  change: { actor: User; activity: LoggedActivity; parties: string[]; removed?: boolean; newId: () => string },
  at: Date,
) => {
  const stamp = at.toISOString();
  const open = await tx.submissions.list({
    recordId: change.activity.id,
    kind: "activity-report",
    status: ["pending", "changes-requested"],
  });
  const settle = async (status: Submission["status"], action: Submission["events"][number]["action"]) => {
    for (const submission of open)
      await tx.submissions.save(
        { ...submission, status, events: [...submission.events, { at: stamp, by: change.actor.id, action }] },
        at,
      );
  };
  if (change.removed) return settle("withdrawn", "withdrawn");
  if (isReviewer(change.actor)) return settle("approved", "approved");
  await settle("withdrawn", "withdrawn");
  const submission: Submission = {
    id: change.newId(),
    kind: "activity-report",
    status: "pending",
    record: { kind: "activity", id: change.activity.id },
    parties: change.parties,
    submittedBy: change.actor.id,
    submitterScope: change.actor.scope,
    submittedAt: stamp,
    payload: { activityId: change.activity.id, relationId: change.activity.relationId, title: change.activity.title },
    events: [{ at: stamp, by: change.actor.id, action: "submitted" }],
  };
  await tx.submissions.insert(submission, at);
  for (const editor of await otherPartyEditors(tx, submission)) {
    await enqueueNotice(
      tx,
      {
        userId: editor.id,
        kind: "claim-awaiting",
        dedupeKey: `claim-awaiting:${submission.id}:${editor.id}`,
        payload: {
          submissionId: submission.id,
          submissionKind: submission.kind,
          record: submission.record,
          parties: submission.parties,
          relationId: change.activity.relationId,
          title: change.activity.title,
        },
      },
      at,
    );
  }
};
