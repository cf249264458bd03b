import { and, asc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { activitySpan, type LoggedActivity } from "../domain/activity.ts";
import type { Db } from "./database.ts";
import { activities, relationIssues, relationParties } from "./schema.ts";

const day = (date: Date): string => date.toISOString().slice(0, 10);

const row = (activity: LoggedActivity, now: Date) => {
  const span = activitySpan(activity);
  return {
    id: activity.id,
    relationId: activity.relationId,
    firstDay: day(span.first),
    lastDay: day(span.last),
    year: span.start.year,
    state: activity.state,
    isPublic: activity.isPublic,
    enteredBy: activity.entered.by,
    enteredAt: new Date(activity.entered.at),
    updatedAt: now,
    doc: activity,
  };
};

export type UpcomingFilter = {
  from: Date;
  to?: Date | undefined;
  party?: string | undefined;
  issue?: string | undefined;
  publicOnly: boolean;
  limit?: number | undefined;
};

export const createActivitiesRepository = (db: Db) => ({
  async save(activity: LoggedActivity, now: Date): Promise<void> {
    const values = row(activity, now);
    await db.insert(activities).values(values).onConflictDoUpdate({ target: activities.id, set: values });
  },

  async get(id: string, options: { forUpdate?: boolean } = {}): Promise<LoggedActivity | undefined> {
    const query = db.select({ doc: activities.doc }).from(activities).where(eq(activities.id, id));
    const [found] = options.forUpdate ? await query.for("update") : await query;
    return found?.doc as LoggedActivity | undefined;
  },

  async remove(id: string): Promise<void> {
    await db.delete(activities).where(eq(activities.id, id));
  },

  /** A relation's log, oldest first. */
  async forRelation(relationId: string): Promise<LoggedActivity[]> {
    const rows = await db
      .select({ doc: activities.doc })
      .from(activities)
      .where(eq(activities.relationId, relationId))
      .orderBy(asc(activities.firstDay), asc(activities.id));
    return rows.map((found) => found.doc as LoggedActivity);
  },

  /** The logs of many relations at once (of every relation when no ids are given), by relation id. */
  async forRelations(relationIds?: readonly string[]): Promise<Map<string, LoggedActivity[]>> {
    const byRelation = new Map<string, LoggedActivity[]>();
    if (relationIds?.length === 0) return byRelation;
    const rows = await db
      .select({ doc: activities.doc })
      .from(activities)
      .where(relationIds ? inArray(activities.relationId, [...relationIds]) : undefined)
      .orderBy(asc(activities.firstDay), asc(activities.id));
    for (const { doc } of rows) {
      const activity = doc as LoggedActivity;
      const list = byRelation.get(activity.relationId) ?? [];
      list.push(activity);
      byRelation.set(activity.relationId, list);
    }
    return byRelation;
  },

  /** Activities that have not ended by `from`, soonest first: the events calendar. */
  async upcoming(filter: UpcomingFilter): Promise<LoggedActivity[]> {
    const parts: SQL[] = [gte(activities.lastDay, day(filter.from)), sql`${activities.state} <> 'rejected'`];
    if (filter.to) parts.push(lte(activities.firstDay, day(filter.to)));
    if (filter.publicOnly) parts.push(eq(activities.isPublic, true));
    if (filter.party) {
      parts.push(
        inArray(
          activities.relationId,
          sql`(select ${relationParties.relationId} from ${relationParties} where ${relationParties.partyId} = ${filter.party})`,
        ),
      );
    }
    if (filter.issue) {
      const tagged = sql`${activities.doc}->'issues' ? ${filter.issue}`;
      const ofRelation = inArray(
        activities.relationId,
        sql`(select ${relationIssues.relationId} from ${relationIssues} where ${relationIssues.issueId} = ${filter.issue})`,
      );
      parts.push(sql`(${tagged} or ${ofRelation})`);
    }
    const rows = await db
      .select({ doc: activities.doc })
      .from(activities)
      .where(and(...parts))
      .orderBy(asc(activities.firstDay), asc(activities.id))
      .limit(filter.limit ?? 500);
    return rows.map((found) => found.doc as LoggedActivity);
  },
});

export type ActivitiesRepository = ReturnType<typeof createActivitiesRepository>;
