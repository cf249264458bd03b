import type { Text } from "../../lib/lang.ts";

export type SubmissionKind = "relation-claim" | "relation-correction" | "self-report" | "reference-update";
export type SubmissionStatus = "pending" | "changes-requested" | "approved" | "rejected" | "withdrawn";
export type SubmissionEvent = { at: string; by: string | null; action: string; reason?: string };

/** As GET /api/submissions sends it (src/domain/review.ts). */
export type Submission = {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  record: { kind: "locality" | "relation" | "organisation" | "needOffer"; id: string };
  parties: string[];
  submittedBy: string | null;
  submitterScope: { localities: string[]; organisations: string[] } | null;
  submittedAt: string;
  comment?: string;
  payload: Record<string, unknown>;
  events: SubmissionEvent[];
};

export type CompletenessItem =
  | "population"
  | "strengths"
  | "challenges"
  | "industries"
  | "needs"
  | "offers"
  | "contacts"
  | "officer"
  | "deputy";

export type Recommendation = {
  id: string;
  from: string;
  to: string;
  issues: string[];
  note?: Partial<Text>;
  createdAt: string;
};

/** GET /api/workspace. */
export type WorkspaceAnswer = {
  localities: {
    id: string;
    tier: string;
    completeness: { score: number; missing: CompletenessItem[] };
    awaitingReview: number;
    recommendations: Recommendation[];
  }[];
  organisations: string[];
  mine: Submission[];
  awaitingMe: Submission[];
};

export const isOpen = (submission: Submission): boolean =>
  submission.status === "pending" || submission.status === "changes-requested";
