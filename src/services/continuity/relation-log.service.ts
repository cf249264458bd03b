import { isCounted, type LoggedActivity } from "../../domain/activity.ts";
import { indicatorYears, type ObjectivesInput, withIds } from "../../domain/objectives.ts";
import { type Actor, speaksFor } from "../../domain/policy/actor.ts";
import { isAllowed } from "../../domain/policy/policy.ts";
import type { Relation } from "../../domain/relation.ts";
import { healthOfRelation } from "../../domain/rules/health-of-relation.ts";
import { authorize } from "../authorize.ts";
import { type FieldProblem, InvalidInput, NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

const loadRelation = async (deps: WorkspaceDeps, id: string): Promise<Relation> => {
  const relation = await deps.repos.relations.get(id);
  if (!relation) throw new NotFound("relation", id);
  return relation;
};

/** Visitors see public activities; signed-in users see every activity that was not rejected. */
const visibleTo = (actor: Actor) => (activity: LoggedActivity) =>
  isCounted(activity) && (activity.isPublic || actor.kind === "user");

/** What a relation page shows beyond the record: the log as a timeline, the plan and its progress, the health. */
export const relationLog = async (deps: WorkspaceDeps, actor: Actor, relationId: string) => {
  const relation = await loadRelation(deps, relationId);
  const [logged, objectives, lastConfirmed] = await Promise.all([
    deps.repos.activities.forRelation(relationId),
    deps.repos.objectives.get(relationId),
    deps.repos.objectives.lastConfirmed([relationId]),
  ]);
  const today = deps.now();
  const counted = logged.filter(isCounted);
  const isParty = actor.kind === "user" && isAllowed(actor, { type: "activity.write", parties: relation.parties });
  return {
    relationId,
    health: healthOfRelation(relation, logged, objectives, lastConfirmed.get(relationId), today),
    lastConfirmed: lastConfirmed.get(relationId)?.toISOString() ?? null,
    activities: logged.filter(visibleTo(actor)),
    objectives: objectives.map((objective) => ({
      ...objective,
      indicators: objective.indicators.map((indicator) => ({
        ...indicator,
        progress: indicatorYears(indicator, counted),
      })),
    })),
    mayWrite: isParty,
    mayConfirm: actor.kind === "user" && isAllowed(actor, { type: "relation.confirm", parties: relation.parties }),
  };
};

/** Replaces a relation's objectives and indicators; ids are kept, new ones made. */
export const setObjectives = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  relationId: string,
  input: ObjectivesInput,
) => {
  const relation = await loadRelation(deps, relationId);
  const user = authorize(actor, { type: "relation.plan", parties: relation.parties });
  const ids = input.objectives.flatMap((objective, index) => [
    ...(objective.id ? [{ id: objective.id, field: `objectives.${index}.id` }] : []),
    ...objective.indicators.flatMap((indicator, inner) =>
      indicator.id ? [{ id: indicator.id, field: `objectives.${index}.indicators.${inner}.id` }] : [],
    ),
  ]);
  const seen = new Set<string>();
  const problems: FieldProblem[] = ids.flatMap(({ id, field }) => {
    if (seen.has(id)) return [{ field, key: "v.duplicate-id" }];
    seen.add(id);
    return [];
  });
  if (problems.length > 0) throw new InvalidInput(problems);
  return runChange(deps, meta, { changesData: false, changesActivity: true }, async (tx, at) => {
    const before = await tx.objectives.get(relationId);
    const after = withIds(input.objectives, () => deps.newId().replace(/-/g, "").slice(0, 12));
    await tx.objectives.save(relationId, after, user.id, at);
    return {
      value: after,
      audit: {
        action: "relation.objectives",
        recordKind: "relation",
        recordId: relationId,
        before,
        after,
        reason: input.reason,
      },
    };
  });
};

/** A party's editor says the record is current: it stays "verified" for twelve months. */
export const confirmRelation = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  relationId: string,
  note: string | undefined,
) => {
  const relation = await loadRelation(deps, relationId);
  const user = authorize(actor, { type: "relation.confirm", parties: relation.parties });
  const parties = relation.parties.filter((party) => speaksFor(user.scope, party));
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    for (const party of parties)
      await tx.objectives.confirm({ relationId, partyId: party, userId: user.id, how: "record", at });
    return {
      value: { relationId, parties, at: at.toISOString() },
      audit: {
        action: "relation.confirm",
        recordKind: "relation",
        recordId: relationId,
        before: null,
        after: { confirmedFor: parties },
        reason: note,
      },
    };
  });
};

/** Facilitators' watch list: relations going quiet before they lapse, oldest silence first. */
export const dormantRelations = async (deps: WorkspaceDeps, actor: Actor, options: { includeLapsed: boolean }) => {
  authorize(actor, { type: "relation.watch" });
  const { items } = await deps.repos.relations.list({});
  const ids = items.map((relation) => relation.id);
  const [logs, plans, confirmed] = await Promise.all([
    deps.repos.activities.forRelations(ids),
    deps.repos.objectives.forRelations(ids),
    deps.repos.objectives.lastConfirmed(),
  ]);
  const today = deps.now();
  return items
    .map((relation) => ({
      relation,
      health: healthOfRelation(
        relation,
        logs.get(relation.id) ?? [],
        plans.get(relation.id) ?? [],
        confirmed.get(relation.id),
        today,
      ),
    }))
    .filter(({ health }) => health.isGoingDormant || (options.includeLapsed && health.status === "lapsed"))
    .sort(
      (a, b) =>
        (b.health.monthsSilent ?? 0) - (a.health.monthsSilent ?? 0) || a.relation.id.localeCompare(b.relation.id),
    );
};
