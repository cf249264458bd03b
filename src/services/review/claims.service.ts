import type { RelationClaim } from "../../domain/claims.ts";
import { toSource } from "../../domain/editing.ts";
import { type Actor, EMPTY_SCOPE, speaksFor, type User } from "../../domain/policy/actor.ts";
import { type Relation, RelationSchema } from "../../domain/relation.ts";
import type { Submission } from "../../domain/review.ts";
import type { Repositories } from "../../store/repositories.ts";
import { authorize } from "../authorize.ts";
import { assertIssuesExist } from "../editing/issue-check.ts";
import { NotFound } from "../errors.ts";
import { enqueueNotice } from "../notifications/outbox.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

const assertPartiesExist = async (deps: WorkspaceDeps, parties: readonly string[]) => {
  const organisations = new Set((await deps.repos.organisations.list()).items.map((organisation) => organisation.id));
  for (const party of parties) {
    if (!organisations.has(party) && !(await deps.repos.localities.get(party))) throw new NotFound("party", party);
  }
};

/** The relation a claim would create or a correction would leave, validated as a record. */
const relationFrom = (claim: RelationClaim, id: string, user: User, at: Date, previous?: Relation): Relation => {
  const party = claim.parties.find((candidate) => user.scope.localities.includes(candidate)) ?? claim.parties[0] ?? "";
  const { source, comment: _comment, ...fields } = claim;
  return RelationSchema.parse({
    ...(previous ?? {}),
    ...fields,
    id,
    sources: [...(previous?.sources ?? []), toSource(source, party, at.toISOString().slice(0, 10))],
  });
};

const newSubmission = (
  kind: Submission["kind"],
  user: User,
  record: Submission["record"],
  parties: string[],
  payload: Record<string, unknown>,
  at: Date,
  id: string,
  comment?: string,
): Submission => ({
  id,
  kind,
  status: "pending",
  record,
  parties,
  submittedBy: user.id,
  submitterScope: user.scope,
  submittedAt: at.toISOString(),
  ...(comment ? { comment } : {}),
  payload,
  events: [{ at: at.toISOString(), by: user.id, action: "submitted", ...(comment ? { reason: comment } : {}) }],
});

/** The editors who speak for a party on the other side of a claim: they are asked to confirm it. */
export const otherPartyEditors = async (tx: Pick<Repositories, "users">, submission: Submission) => {
  const submitterScope = submission.submitterScope ?? EMPTY_SCOPE;
  const otherSide = submission.parties.filter((party) => !speaksFor(submitterScope, party));
  return (await tx.users.list()).filter(
    (user) =>
      user.status === "active" &&
      user.role === "editor" &&
      user.id !== submission.submittedBy &&
      otherSide.some((party) => speaksFor(user.scope, party)),
  );
};

const submit = (deps: WorkspaceDeps, meta: RequestMeta, submission: (at: Date) => Submission) =>
  runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const value = submission(at);
    await tx.submissions.insert(value, at);
    for (const editor of await otherPartyEditors(tx, value)) {
      await enqueueNotice(
        tx,
        {
          userId: editor.id,
          kind: "claim-awaiting",
          dedupeKey: `claim-awaiting:${value.id}:${editor.id}`,
          payload: { submissionId: value.id, submissionKind: value.kind, record: value.record, parties: value.parties },
        },
        at,
      );
    }
    return {
      value,
      audit: {
        action: "submission.create",
        recordKind: "submission",
        recordId: value.id,
        before: null,
        after: value,
        reason: value.comment,
      },
    };
  });

/** A new relation, held until the other party's editor confirms it or a facilitator validates it. */
export const proposeRelation = async (deps: WorkspaceDeps, actor: Actor, meta: RequestMeta, claim: RelationClaim) => {
  const user = authorize(actor, { type: "relation.propose", parties: claim.parties });
  await assertPartiesExist(deps, claim.parties);
  await assertIssuesExist(deps.repos, claim.issues);
  const relationId = `u-${deps.newId().replace(/-/g, "").slice(0, 16)}`;
  const submissionId = deps.newId();
  return submit(deps, meta, (at) => {
    const relation = relationFrom(claim, relationId, user, at);
    return newSubmission(
      "relation-claim",
      user,
      { kind: "relation", id: relationId },
      [...claim.parties],
      { relation },
      at,
      submissionId,
      claim.comment,
    );
  });
};

/** A correction to a relation the editor's locality is party to; held like a claim. */
export const proposeCorrection = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  relationId: string,
  claim: RelationClaim,
) => {
  const current = await deps.repos.relations.get(relationId);
  if (!current) throw new NotFound("relation", relationId);
  // Party to it before and after: an editor cannot move a relation away from their locality.
  const user = authorize(actor, { type: "relation.correct", parties: current.parties });
  authorize(actor, { type: "relation.correct", parties: claim.parties });
  await assertPartiesExist(deps, claim.parties);
  await assertIssuesExist(deps.repos, claim.issues);
  const submissionId = deps.newId();
  return submit(deps, meta, (at) => {
    const relation = relationFrom(claim, relationId, user, at, current);
    return newSubmission(
      "relation-correction",
      user,
      { kind: "relation", id: relationId },
      [...new Set([...current.parties, ...claim.parties])],
      { relation, base: current },
      at,
      submissionId,
      claim.comment,
    );
  });
};
