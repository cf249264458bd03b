import type { LoggedActivity } from "../../domain/activity.ts";
import type { Scope } from "../../domain/policy/actor.ts";
import { speaksFor } from "../../domain/policy/actor.ts";
import type { Decision, Submission } from "../../domain/review.ts";
import type { Repositories } from "../../store/repositories.ts";
import { NotFound } from "../errors.ts";
import type { Effect } from "./effects.ts";

const ACTIVITY_STATE: Record<Decision, LoggedActivity["state"]> = {
  approve: "confirmed",
  reject: "rejected",
  "request-changes": "changes-requested",
};

const REPORT_STATE = { approve: "acknowledged", reject: "draft", "request-changes": "changes-requested" } as const;

/**
 * A decision on a logged activity or an annual report, inside the decision's transaction. An
 * activity confirmed by the other party's editor also counts as that party confirming the relation.
 */
export const applyContinuityDecision = async (
  tx: Repositories,
  submission: Submission,
  decision: Decision,
  reviewer: { id: string; scope?: Scope | undefined },
  at: Date,
  reason: string | undefined,
): Promise<Effect> => {
  const why = reason ?? `${submission.kind} ${submission.id} ${decision}`;
  if (submission.kind === "activity-report") {
    const activity = await tx.activities.get(submission.record.id, { forUpdate: true });
    if (!activity) throw new NotFound("activity", submission.record.id);
    const next: LoggedActivity = {
      ...activity,
      state: ACTIVITY_STATE[decision],
      reviewedBy: reviewer.id,
      reviewedAt: at.toISOString(),
    };
    await tx.activities.save(next, at);
    const party = reviewer.scope
      ? submission.parties.find((candidate) => speaksFor(reviewer.scope as Scope, candidate))
      : undefined;
    if (party && decision === "approve")
      await tx.objectives.confirm({
        relationId: activity.relationId,
        partyId: party,
        userId: reviewer.id,
        how: "activity",
        at,
      });
    return {
      audit: {
        action: `activity.${decision}`,
        recordKind: "activity",
        recordId: activity.id,
        before: activity,
        after: next,
        reason: why,
      },
    };
  }
  const report = await tx.annualReports.get(submission.record.id, { forUpdate: true });
  if (!report) throw new NotFound("annual-report", submission.record.id);
  const next = {
    ...report,
    state: REPORT_STATE[decision],
    updatedAt: at,
    ...(decision === "approve" ? { acknowledgedAt: at, acknowledgedBy: reviewer.id } : {}),
  };
  await tx.annualReports.save(next);
  return {
    audit: {
      action: decision === "approve" ? "annualReport.acknowledge" : "annualReport.return",
      recordKind: "annualReport",
      recordId: report.id,
      before: { state: report.state },
      after: { state: next.state },
      reason: why,
    },
  };
};
