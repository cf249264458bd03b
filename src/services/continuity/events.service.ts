import { isCounted, type LoggedActivity } from "../../domain/activity.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import type { Relation } from "../../domain/relation.ts";
import type { WorkspaceDeps } from "../workspace/context.ts";

export type EventFilter = {
  locality?: string | undefined;
  issue?: string | undefined;
  from?: Date | undefined;
  limit?: number | undefined;
};

export type CalendarEvent = { activity: LoggedActivity; relation: Pick<Relation, "id" | "title" | "parties" | "type"> };

/**
 * Upcoming activities of every relation, soonest first: those not over yet. Visitors see public
 * ones; signed-in users every one not rejected. Filter by a locality (a party of the relation) and
 * an issue (the activity's or the relation's).
 */
export const upcomingEvents = async (
  deps: WorkspaceDeps,
  actor: Actor,
  filter: EventFilter,
): Promise<CalendarEvent[]> => {
  const activities = await deps.repos.activities.upcoming({
    from: filter.from ?? deps.now(),
    party: filter.locality,
    issue: filter.issue,
    publicOnly: actor.kind !== "user",
    limit: filter.limit ?? 500,
  });
  const relations = new Map<string, Relation | undefined>();
  const events: CalendarEvent[] = [];
  for (const activity of activities.filter(isCounted)) {
    if (!relations.has(activity.relationId))
      relations.set(activity.relationId, await deps.repos.relations.get(activity.relationId));
    const relation = relations.get(activity.relationId);
    if (relation)
      events.push({
        activity,
        relation: { id: relation.id, title: relation.title, parties: relation.parties, type: relation.type },
      });
  }
  return events;
};
