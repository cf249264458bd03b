import { type ActivityInput, type LoggedActivity, LoggedActivitySchema } from "../../domain/activity.ts";
import { toSource } from "../../domain/editing.ts";
import { indicatorIds } from "../../domain/objectives.ts";
import { type Actor, speaksFor, type User } from "../../domain/policy/actor.ts";
import type { Relation } from "../../domain/relation.ts";
import { authorize } from "../authorize.ts";
import { assertIssuesExist } from "../editing/issue-check.ts";
import { isReviewer } from "../editing/self-reports.ts";
import { type FieldProblem, InvalidInput, NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { trackActivityReport } from "./activity-reports.ts";

const loadRelation = async (deps: WorkspaceDeps, id: string): Promise<Relation> => {
  const relation = await deps.repos.relations.get(id);
  if (!relation) throw new NotFound("relation", id);
  return relation;
};

/** The party an editor reports for: the first of the relation's parties they speak for. */
const partyOf = (user: User, relation: Relation): string | null =>
  relation.parties.find((party) => speaksFor(user.scope, party)) ?? null;

/** Rules the schema cannot see: sides are the relation's parties, indicators are the relation's. */
const check = async (deps: WorkspaceDeps, relation: Relation, input: ActivityInput, reportedFor: string | null) => {
  await assertIssuesExist(deps.repos, input.issues);
  const known = indicatorIds(await deps.repos.objectives.get(relation.id));
  const problems: FieldProblem[] = [
    ...input.participants.flatMap((side, index) =>
      relation.parties.includes(side.party) ? [] : [{ field: `participants.${index}.party`, key: "v.not-a-party" }],
    ),
    ...input.spending.flatMap((entry, index) =>
      relation.parties.includes(entry.party) ? [] : [{ field: `spending.${index}.party`, key: "v.not-a-party" }],
    ),
    ...input.indicatorValues.flatMap((entry, index) =>
      known.has(entry.indicator) ? [] : [{ field: `indicatorValues.${index}.indicator`, key: "v.indicator-unknown" }],
    ),
    // A facilitator speaks for no party, so cannot report in a party's name: a document is the source.
    ...input.sources.flatMap((source, index) =>
      source.kind === "self-reported" && reportedFor === null
        ? [{ field: `sources.${index}`, key: "v.self-report-needs-party" }]
        : [],
    ),
  ];
  if (problems.length > 0) throw new InvalidInput(problems);
};

const build = (
  input: ActivityInput,
  base: { id: string; relationId: string; reportedFor: string | null },
  user: User,
  at: Date,
): LoggedActivity => {
  const { reason: _reason, sources, ...fields } = input;
  const today = at.toISOString().slice(0, 10);
  return LoggedActivitySchema.parse({
    ...fields,
    ...base,
    sources: sources.map((source) => toSource(source, base.reportedFor ?? "", today)),
    entered: { by: user.id, at: at.toISOString() },
    state: isReviewer(user) ? "confirmed" : "reported",
    ...(isReviewer(user) ? { reviewedBy: user.id, reviewedAt: at.toISOString() } : {}),
  });
};

/** Logs an activity: published at once as reported by one side, and sent for confirmation. */
export const logActivity = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  relationId: string,
  input: ActivityInput,
) => {
  const relation = await loadRelation(deps, relationId);
  const user = authorize(actor, { type: "activity.write", parties: relation.parties });
  const reportedFor = partyOf(user, relation);
  await check(deps, relation, input, reportedFor);
  const id = `a-${deps.newId().replace(/-/g, "").slice(0, 16)}`;
  return runChange(deps, meta, { changesData: false, changesActivity: true }, async (tx, at) => {
    const activity = build(input, { id, relationId, reportedFor }, user, at);
    await tx.activities.save(activity, at);
    await trackActivityReport(tx, { actor: user, activity, parties: [...relation.parties], newId: deps.newId }, at);
    if (reportedFor)
      await tx.objectives.confirm({ relationId, partyId: reportedFor, userId: user.id, how: "activity", at });
    return {
      value: activity,
      audit: {
        action: "activity.create",
        recordKind: "activity",
        recordId: id,
        before: null,
        after: activity,
        reason: input.reason,
      },
    };
  });
};

const loadForWrite = async (deps: WorkspaceDeps, actor: Actor, id: string) => {
  const activity = await deps.repos.activities.get(id);
  if (!activity) throw new NotFound("activity", id);
  const relation = await loadRelation(deps, activity.relationId);
  return { activity, relation, user: authorize(actor, { type: "activity.write", parties: relation.parties }) };
};

/** Changes an activity; an editor's change is reported anew and the other side asked again. */
export const updateActivity = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: ActivityInput,
) => {
  const { relation, user } = await loadForWrite(deps, actor, id);
  const reportedFor = partyOf(user, relation);
  await check(deps, relation, input, reportedFor);
  return runChange(deps, meta, { changesData: false, changesActivity: true }, async (tx, at) => {
    const before = await tx.activities.get(id, { forUpdate: true });
    if (!before) throw new NotFound("activity", id);
    const activity = build(input, { id, relationId: relation.id, reportedFor }, user, at);
    await tx.activities.save(activity, at);
    await trackActivityReport(tx, { actor: user, activity, parties: [...relation.parties], newId: deps.newId }, at);
    return {
      value: activity,
      audit: {
        action: "activity.update",
        recordKind: "activity",
        recordId: id,
        before,
        after: activity,
        reason: input.reason,
      },
    };
  });
};

export const deleteActivity = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  reason: string | undefined,
) => {
  const { relation, user } = await loadForWrite(deps, actor, id);
  return runChange(deps, meta, { changesData: false, changesActivity: true }, async (tx, at) => {
    const before = await tx.activities.get(id, { forUpdate: true });
    if (!before) throw new NotFound("activity", id);
    await tx.activities.remove(id);
    await trackActivityReport(
      tx,
      { actor: user, activity: before, parties: [...relation.parties], removed: true, newId: deps.newId },
      at,
    );
    return {
      value: undefined,
      audit: { action: "activity.delete", recordKind: "activity", recordId: id, before, after: null, reason },
    };
  });
};
