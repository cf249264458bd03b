import { type RelationClaim, RelationClaimSchema } from "../../domain/claims.ts";
import type { Actor, User } from "../../domain/policy/actor.ts";
import { isAllowed } from "../../domain/policy/policy.ts";
import { applyMove, type Decision, type Move, type Reviewer, type Submission } from "../../domain/review.ts";
import type { Repositories } from "../../store/repositories.ts";
import { authorize, requireUser } from "../authorize.ts";
import { Conflict, InvalidInput, NotFound } from "../errors.ts";
import { enqueueNotice } from "../notifications/outbox.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { applyDecision } from "./effects.ts";

const load = async (repos: Pick<Repositories, "submissions">, id: string, forUpdate = false) => {
  const submission = await repos.submissions.get(id, { forUpdate });
  if (!submission) throw new NotFound("submission", id);
  return submission;
};

/** A facilitator reviews anything; the other party's editor confirms or declines what names them. */
const reviewerFor = (actor: Actor, submission: Submission): { user: User; reviewer: Reviewer } => {
  const user = requireUser(actor);
  if (isAllowed(actor, { type: "review.decide" })) return { user, reviewer: "facilitator" };
  authorize(actor, {
    type: "submission.confirm",
    submittedBy: submission.submittedBy ?? "",
    submitterScope: submission.submitterScope ?? { localities: [], organisations: [] },
    parties: submission.parties,
  });
  return { user, reviewer: "other-party" };
};

const move = (submission: Submission, reviewer: Reviewer, step: Move, user: User, at: Date): Submission => {
  const result = applyMove(submission, reviewer, step, user.id, at.toISOString());
  if (result.ok) return result.submission;
  if (result.refusal === "reason-required") throw new InvalidInput([{ field: "reason", key: "v.reason-required" }]);
  throw new Conflict("error.submission-state", { status: submission.status, action: step.type });
};

export const decideSubmission = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: { decision: Decision; reason?: string | undefined },
) => {
  const { user, reviewer } = reviewerFor(actor, await load(deps.repos, id));
  const step: Move = { type: "decide", decision: input.decision, reason: input.reason };
  const reason = input.reason?.trim() || undefined;
  // Caches are dropped after any decision: most change a record, and the rest are rare.
  return runChange(deps, meta, { changesData: true }, async (tx, at) => {
    const submission = await load(tx, id, true);
    const next = move(submission, reviewer, step, user, at);
    const effect = await applyDecision(tx, submission, input.decision, user, at, reason);
    await tx.submissions.save(next, at);
    if (next.submittedBy && next.submittedBy !== user.id) {
      await enqueueNotice(
        tx,
        {
          userId: next.submittedBy,
          kind: "review-decision",
          dedupeKey: `review-decision:${next.id}:${next.events.length}`,
          payload: {
            submissionId: next.id,
            submissionKind: next.kind,
            record: next.record,
            status: next.status,
            reason,
          },
        },
        at,
      );
    }
    return {
      value: next,
      audit: effect.audit.recordKind === "submission" ? { ...effect.audit, after: next } : effect.audit,
    };
  });
};

/** The submitter takes back what is still open. */
export const withdrawSubmission = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  reason: string | undefined,
) => {
  const submission = await load(deps.repos, id);
  const user = authorize(actor, { type: "submission.amend", submittedBy: submission.submittedBy ?? "" });
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const current = await load(tx, id, true);
    const next = move(current, "submitter", { type: "withdraw", reason }, user, at);
    await tx.submissions.save(next, at);
    return {
      value: next,
      audit: {
        action: "submission.withdraw",
        recordKind: "submission",
        recordId: id,
        before: current,
        after: next,
        reason,
      },
    };
  });
};

/** After "changes requested", the submitter sends a claim or correction again, changed. */
export const resubmitClaim = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  claim: RelationClaim,
) => {
  const submission = await load(deps.repos, id);
  const user = authorize(actor, { type: "submission.amend", submittedBy: submission.submittedBy ?? "" });
  if (submission.kind !== "relation-claim" && submission.kind !== "relation-correction")
    throw new Conflict("error.submission-state", { status: submission.status, action: "resubmit" });
  authorize(actor, { type: "relation.propose", parties: claim.parties });
  const parsed = RelationClaimSchema.parse(claim);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const current = await load(tx, id, true);
    const previous = current.payload.relation as Record<string, unknown>;
    const { source: _source, comment, ...fields } = parsed;
    const relation = { ...previous, ...fields };
    const next = move(
      current,
      "submitter",
      { type: "resubmit", payload: { ...current.payload, relation }, comment },
      user,
      at,
    );
    await tx.submissions.save({ ...next, parties: [...new Set([...current.parties, ...parsed.parties])] }, at);
    return {
      value: next,
      audit: {
        action: "submission.resubmit",
        recordKind: "submission",
        recordId: id,
        before: current,
        after: next,
        reason: comment,
      },
    };
  });
};

/** What a user may see: a facilitator the whole queue; an editor their own and what awaits them. */
export const listSubmissions = async (
  deps: WorkspaceDeps,
  actor: Actor,
  filter: { status?: Submission["status"][] | undefined; mine?: boolean | undefined },
) => {
  const user = requireUser(actor);
  if (isAllowed(actor, { type: "review.queue" }) && !filter.mine)
    return deps.repos.submissions.list({ status: filter.status });
  const own = await deps.repos.submissions.list({ submittedBy: user.id, status: filter.status });
  if (filter.mine) return own;
  const awaiting = (
    await deps.repos.submissions.list({
      status: filter.status,
      parties: [...user.scope.localities, ...user.scope.organisations],
    })
  ).filter((submission) =>
    isAllowed(actor, {
      type: "submission.read",
      submittedBy: submission.submittedBy ?? "",
      parties: submission.parties,
    }),
  );
  const byId = new Map([...own, ...awaiting].map((submission) => [submission.id, submission]));
  return [...byId.values()].sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1));
};

export const getSubmission = async (deps: WorkspaceDeps, actor: Actor, id: string) => {
  const submission = await load(deps.repos, id);
  authorize(actor, { type: "submission.read", submittedBy: submission.submittedBy ?? "", parties: submission.parties });
  return submission;
};
