import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Organisation } from "../domain/organisation.ts";
import type { Db } from "./database.ts";
import { paged } from "./paging.ts";
import { organisations } from "./schema.ts";

export type OrganisationFilter = {
  country?: string | undefined;
  kind?: string | undefined;
  limit?: number;
  offset?: number;
};

export const organisationRow = (organisation: Organisation) => ({
  id: organisation.id,
  country: organisation.country,
  kind: organisation.kind,
  nameEn: organisation.names.en,
});

export const createOrganisationsRepository = (db: Db) => ({
  async list(filter: OrganisationFilter = {}): Promise<{ total: number; items: Organisation[] }> {
    const parts: SQL[] = [];
    if (filter.country) parts.push(eq(organisations.country, filter.country));
    if (filter.kind) parts.push(eq(organisations.kind, filter.kind));
    const where = parts.length ? and(...parts) : undefined;
    const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(organisations).where(where);
    const rows = await paged(
      db.select({ doc: organisations.doc }).from(organisations).where(where).orderBy(asc(organisations.id)).$dynamic(),
      filter,
    );
    return { total: count?.total ?? 0, items: rows.map((row) => row.doc as Organisation) };
  },

  async get(id: string): Promise<Organisation | undefined> {
    const [row] = await db.select({ doc: organisations.doc }).from(organisations).where(eq(organisations.id, id));
    return row?.doc as Organisation | undefined;
  },
});

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
