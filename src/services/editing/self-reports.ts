import type { User } from "../../domain/policy/actor.ts";
import type { RecordRef, Submission } from "../../domain/review.ts";
import type { ReviewState } from "../../domain/review-state.ts";
import type { Repositories } from "../../store/repositories.ts";

/** Facilitators review; what they enter themselves needs no second look. */
export const isReviewer = (actor: User): boolean => actor.role === "facilitator" || actor.role === "admin";

export const reviewStateFor = (actor: User, at: Date): ReviewState =>
  isReviewer(actor) ? { status: "reviewed", by: actor.id, at: at.toISOString() } : { status: "unreviewed" };

const openFor = async (tx: Pick<Repositories, "submissions">, record: RecordRef, factId: string | undefined) =>
  (
    await tx.submissions.list({ recordId: record.id, kind: "self-report", status: ["pending", "changes-requested"] })
  ).filter((submission) => submission.record.kind === record.kind && submission.payload.factId === factId);

/**
 * Keeps the review queue in step with what an editor says about their own locality: a new or
 * changed self-report waits for a facilitator; a facilitator's own edit settles it; a removed fact
 * leaves the queue.
 */
export const trackSelfReport = async (
  tx: Pick<Repositories, "submissions">,
  change: {
    actor: User;
    record: RecordRef;
    parties: string[];
    factId?: string;
    removed?: boolean;
    newId: () => string;
  },
  at: Date,
) => {
  const open = await openFor(tx, change.record, change.factId);
  const stamp = at.toISOString();
  const settle = async (status: Submission["status"], action: Submission["events"][number]["action"]) => {
    for (const submission of open) {
      await tx.submissions.save(
        { ...submission, status, events: [...submission.events, { at: stamp, by: change.actor.id, action }] },
        at,
      );
    }
  };
  if (change.removed) return settle("withdrawn", "withdrawn");
  if (isReviewer(change.actor)) return settle("approved", "approved");
  if (open.length > 0) return settle("pending", "resubmitted");
  await tx.submissions.insert(
    {
      id: change.newId(),
      kind: "self-report",
      status: "pending",
      record: change.record,
      parties: change.parties,
      submittedBy: change.actor.id,
      submitterScope: change.actor.scope,
      submittedAt: stamp,
      payload: change.factId ? { factId: change.factId } : {},
      events: [{ at: stamp, by: change.actor.id, action: "submitted" }],
    },
    at,
  );
};
