import type { Scope } from "./policy/actor.ts";

/**
 * The review queue. Claims and corrections of relations involve the other party and wait for it or
 * a facilitator; what an editor says of their own locality is published at once and reviewed after
 * (self-report); a change in the reference data to a record a user edited waits for a facilitator
 * (reference-update).
 */
export const SUBMISSION_KINDS = [
  "relation-claim",
  "relation-correction",
  "self-report",
  "reference-update",
  // An activity logged under a relation: published at once, confirmed by the other party or a facilitator.
  "activity-report",
  // A Thai province's annual report, submitted to MOI: a facilitator acknowledges it or asks for changes.
  "annual-report",
] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_STATUSES = ["pending", "changes-requested", "approved", "rejected", "withdrawn"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const DECISIONS = ["approve", "reject", "request-changes"] as const;
export type Decision = (typeof DECISIONS)[number];

export type SubmissionEvent = {
  at: string;
  by: string | null;
  action:
    | "submitted"
    | "resubmitted"
    | "approved"
    | "confirmed"
    | "rejected"
    | "declined"
    | "changes-requested"
    | "withdrawn";
  reason?: string;
};

export type RecordRef = {
  kind: "locality" | "relation" | "organisation" | "needOffer" | "activity" | "annualReport";
  id: string;
};

export type Submission = {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  record: RecordRef;
  parties: string[];
  submittedBy: string | null;
  submitterScope: Scope | null;
  submittedAt: string;
  comment?: string;
  /** What is proposed: a relation document, a fact's place, a merged reference version … */
  payload: Record<string, unknown>;
  events: SubmissionEvent[];
};

/** Who acts on a submission: a facilitator, the other party's editor, or the submitter. */
export type Reviewer = "facilitator" | "other-party" | "submitter";

export type Move =
  | { type: "decide"; decision: Decision; reason?: string | undefined }
  | { type: "withdraw"; reason?: string | undefined }
  | { type: "resubmit"; payload: Record<string, unknown>; comment?: string | undefined };

export type MoveRefusal = "not-open" | "reason-required" | "not-for-other-party" | "not-for-this-reviewer";

export type MoveResult = { ok: true; submission: Submission } | { ok: false; refusal: MoveRefusal };

const isOpen = (status: SubmissionStatus): boolean => status === "pending" || status === "changes-requested";
const involvesOtherParty = (kind: SubmissionKind): boolean =>
  kind === "relation-claim" || kind === "relation-correction" || kind === "activity-report";

const DECIDED: Record<Reviewer, Record<Decision, SubmissionEvent["action"]>> = {
  facilitator: { approve: "approved", reject: "rejected", "request-changes": "changes-requested" },
  "other-party": { approve: "confirmed", reject: "declined", "request-changes": "changes-requested" },
  submitter: { approve: "approved", reject: "rejected", "request-changes": "changes-requested" },
};

const STATUS_AFTER: Record<Decision, SubmissionStatus> = {
  approve: "approved",
  reject: "rejected",
  "request-changes": "changes-requested",
};

/** One step of a submission's life. Pure: time and actor come in, a new submission or a refusal goes out. */
export const applyMove = (
  submission: Submission,
  reviewer: Reviewer,
  move: Move,
  by: string | null,
  at: string,
): MoveResult => {
  const event = (action: SubmissionEvent["action"], reason?: string): SubmissionEvent => ({
    at,
    by,
    action,
    ...(reason ? { reason } : {}),
  });
  const reason = "reason" in move ? move.reason?.trim() || undefined : undefined;
  switch (move.type) {
    case "decide": {
      if (reviewer === "submitter") return { ok: false, refusal: "not-for-this-reviewer" };
      if (submission.status !== "pending") return { ok: false, refusal: "not-open" };
      if (reviewer === "other-party" && (!involvesOtherParty(submission.kind) || move.decision === "request-changes"))
        return { ok: false, refusal: "not-for-other-party" };
      if (move.decision !== "approve" && !reason) return { ok: false, refusal: "reason-required" };
      return {
        ok: true,
        submission: {
          ...submission,
          status: STATUS_AFTER[move.decision],
          events: [...submission.events, event(DECIDED[reviewer][move.decision], reason)],
        },
      };
    }
    case "withdraw":
      if (reviewer !== "submitter") return { ok: false, refusal: "not-for-this-reviewer" };
      if (!isOpen(submission.status)) return { ok: false, refusal: "not-open" };
      return {
        ok: true,
        submission: { ...submission, status: "withdrawn", events: [...submission.events, event("withdrawn", reason)] },
      };
    case "resubmit":
      if (reviewer !== "submitter") return { ok: false, refusal: "not-for-this-reviewer" };
      if (!isOpen(submission.status)) return { ok: false, refusal: "not-open" };
      return {
        ok: true,
        submission: {
          ...submission,
          status: "pending",
          payload: move.payload,
          ...(move.comment ? { comment: move.comment } : {}),
          events: [...submission.events, event("resubmitted", move.comment)],
        },
      };
  }
};
