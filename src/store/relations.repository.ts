import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { parsePartialDate } from "../domain/dates.ts";
import type { Relation } from "../domain/relation.ts";
import type { Db } from "./database.ts";
import { paged } from "./paging.ts";
import { relationIssues, relationParties, relations } from "./schema.ts";

export type RelationFilter = {
  type?: string | undefined;
  status?: string | undefined;
  party?: string | undefined;
  issue?: string | undefined;
  year?: number | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

export const relationRow = (relation: Relation) => ({
  id: relation.id,
  type: relation.type,
  status: relation.status,
  startYear: relation.start ? (parsePartialDate(relation.start)?.year ?? null) : null,
});

/** Keeps the party and issue link tables in step with a relation's document. */
export const writeRelationLinks = (db: Db) => async (relation: Relation) => {
  await db.delete(relationParties).where(eq(relationParties.relationId, relation.id));
  await db.delete(relationIssues).where(eq(relationIssues.relationId, relation.id));
  await db
    .insert(relationParties)
    .values(relation.parties.map((partyId, position) => ({ relationId: relation.id, partyId, position })));
  const issues = [...new Set(relation.issues)];
  if (issues.length)
    await db.insert(relationIssues).values(issues.map((issueId) => ({ relationId: relation.id, issueId })));
};

/** The link tables for many relations at once (imports): four statements per batch. */
export const writeRelationLinksOf = (db: Db) => async (batch: readonly Relation[]) => {
  if (batch.length === 0) return;
  const ids = batch.map((relation) => relation.id);
  await db.delete(relationParties).where(inArray(relationParties.relationId, ids));
  await db.delete(relationIssues).where(inArray(relationIssues.relationId, ids));
  const parties = batch.flatMap((relation) =>
    relation.parties.map((partyId, position) => ({ relationId: relation.id, partyId, position })),
  );
  if (parties.length) await db.insert(relationParties).values(parties);
  const issues = batch.flatMap((relation) =>
    [...new Set(relation.issues)].map((issueId) => ({ relationId: relation.id, issueId })),
  );
  if (issues.length) await db.insert(relationIssues).values(issues);
};

const conditions = (filter: RelationFilter): SQL | undefined => {
  const parts: SQL[] = [];
  if (filter.type) parts.push(eq(relations.type, filter.type));
  if (filter.status) parts.push(eq(relations.status, filter.status));
  if (filter.year !== undefined) parts.push(eq(relations.startYear, filter.year));
  if (filter.party) {
    parts.push(
      inArray(
        relations.id,
        sql`(select ${relationParties.relationId} from ${relationParties} where ${relationParties.partyId} = ${filter.party})`,
      ),
    );
  }
  if (filter.issue) {
    parts.push(
      inArray(
        relations.id,
        sql`(select ${relationIssues.relationId} from ${relationIssues} where ${relationIssues.issueId} = ${filter.issue})`,
      ),
    );
  }
  return parts.length ? and(...parts) : undefined;
};

export const createRelationsRepository = (db: Db) => ({
  async list(filter: RelationFilter = {}): Promise<{ total: number; items: Relation[] }> {
    const where = conditions(filter);
    const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(relations).where(where);
    const rows = await paged(
      db
        .select({ doc: relations.doc })
        .from(relations)
        .where(where)
        .orderBy(asc(relations.startYear), asc(relations.id))
        .$dynamic(),
      filter,
    );
    return { total: count?.total ?? 0, items: rows.map((row) => row.doc as Relation) };
  },

  async get(id: string): Promise<Relation | undefined> {
    const [row] = await db.select({ doc: relations.doc }).from(relations).where(eq(relations.id, id));
    return row?.doc as Relation | undefined;
  },
});

export type RelationsRepository = ReturnType<typeof createRelationsRepository>;
