import { and, asc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Locality } from "../domain/locality.ts";
import type { Db } from "./database.ts";
import { localities } from "./schema.ts";

export type LocalityFilter = {
  country?: "TH" | "JP" | undefined;
  tier?: string | undefined;
  region?: string | undefined;
  parent?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

export const localityRow = (locality: Locality) => ({
  id: locality.id,
  country: locality.country,
  tier: locality.tier,
  region: locality.region,
  parent: locality.parent,
  nameEn: locality.names.en,
  nameTh: locality.names.th,
  nameJa: locality.names.ja,
  population: locality.population?.value ?? null,
});

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const conditions = (filter: LocalityFilter): SQL | undefined => {
  const parts: SQL[] = [];
  if (filter.country) parts.push(eq(localities.country, filter.country));
  if (filter.tier) parts.push(eq(localities.tier, filter.tier));
  if (filter.region) parts.push(eq(localities.region, filter.region));
  if (filter.parent) parts.push(eq(localities.parent, filter.parent));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q.trim())}%`;
    const search = or(
      ilike(localities.nameEn, pattern),
      ilike(localities.nameTh, pattern),
      ilike(localities.nameJa, pattern),
      ilike(localities.id, pattern),
      sql`(${localities.doc} -> 'names' ->> 'alt') ilike ${pattern}`,
    );
    if (search) parts.push(search);
  }
  return parts.length ? and(...parts) : undefined;
};

export const createLocalitiesRepository = (db: Db) => ({
  async list(filter: LocalityFilter = {}): Promise<{ total: number; items: Locality[] }> {
    const where = conditions(filter);
    const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(localities).where(where);
    const rows = await db
      .select({ doc: localities.doc })
      .from(localities)
      .where(where)
      .orderBy(asc(localities.country), asc(localities.id))
      .limit(filter.limit ?? 10_000)
      .offset(filter.offset ?? 0);
    return { total: count?.total ?? 0, items: rows.map((row) => row.doc as Locality) };
  },

  async get(id: string): Promise<Locality | undefined> {
    const [row] = await db.select({ doc: localities.doc }).from(localities).where(eq(localities.id, id));
    return row?.doc as Locality | undefined;
  },

  async origins(): Promise<Map<string, string>> {
    const rows = await db.select({ id: localities.id, origin: localities.origin }).from(localities);
    return new Map(rows.map((row) => [row.id, row.origin]));
  },
});

export type LocalitiesRepository = ReturnType<typeof createLocalitiesRepository>;
