import { and, asc, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Locality } from "../domain/locality.ts";
import type { Db } from "./database.ts";
import { paged } from "./paging.ts";
import { localities, needsOffers, relationParties } from "./schema.ts";

export type LocalityFilter = {
  country?: "TH" | "JP" | undefined;
  tier?: string | undefined;
  region?: string | undefined;
  parent?: string | undefined;
  q?: string | undefined;
  /** Only localities that offer (strengths, offers) or need (challenges, needs) this issue. */
  offers?: string | undefined;
  needs?: string | undefined;
  /** Only localities with (true) or without (false) a partner in the other country. */
  hasPartner?: boolean | undefined;
  sort?: LocalitySort | undefined;
  order?: "asc" | "desc" | undefined;
  lang?: "th" | "en" | "ja" | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

export const LOCALITY_SORTS = ["name", "country", "tier", "region", "population", "partners"] as const;
export type LocalitySort = (typeof LOCALITY_SORTS)[number];

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

/**
 * How many provinces or prefectures of the other country this locality works with: through a
 * relation of its own, or, for a province or prefecture, of a body inside it (as the national
 * statistics count). Localities are at most two levels deep.
 */
// Qualified by hand: in a select list Drizzle writes a lone table's columns unqualified, and inside
// this subquery a bare "id" would name the inner rows.
const OUTER_ID = sql.raw(`"localities"."id"`);
const OUTER_COUNTRY = sql.raw(`"localities"."country"`);

const partnerCount = sql<number>`(
  select count(distinct coalesce(other.parent, other.id))::int
  from ${relationParties} own
  join ${relationParties} theirs on theirs.relation_id = own.relation_id and theirs.party_id <> own.party_id
  join ${localities} other on other.id = theirs.party_id
  where other.country <> ${OUTER_COUNTRY}
    and (own.party_id = ${OUTER_ID}
      or own.party_id in (select inner_l.id from ${localities} inner_l where inner_l.parent = ${OUTER_ID}))
)`;

/** A locality's strengths (or challenges), or its offers (or needs) in the survey, tagged with the issue. */
const works = (issue: string, facts: "strengths" | "challenges", kind: "offer" | "need"): SQL => sql`(
  (${localities.doc} -> ${facts}) @> jsonb_build_array(jsonb_build_object('issues', jsonb_build_array(${issue}::text)))
  or exists (
    select 1 from ${needsOffers} n
    where n.party = ${OUTER_ID} and n.kind = ${kind} and (n.doc -> 'issues') @> jsonb_build_array(${issue}::text)
  )
)`;

const NAME_COLUMN = { th: localities.nameTh, en: localities.nameEn, ja: localities.nameJa } as const;

const ordering = (filter: LocalityFilter): SQL[] => {
  const direction = filter.order === "desc" ? desc : asc;
  const column = {
    name: NAME_COLUMN[filter.lang ?? "en"],
    country: localities.country,
    tier: localities.tier,
    region: localities.region,
    population: localities.population,
    partners: partnerCount,
  }[filter.sort ?? "country"];
  // Unknown populations last whichever way, then a stable order.
  const nullsLast = filter.sort === "population" ? [sql`${localities.population} is null`] : [];
  return [...nullsLast, direction(column), asc(localities.country), asc(localities.id)];
};

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
  if (filter.offers) parts.push(works(filter.offers, "strengths", "offer"));
  if (filter.needs) parts.push(works(filter.needs, "challenges", "need"));
  if (filter.hasPartner !== undefined)
    parts.push(filter.hasPartner ? sql`${partnerCount} > 0` : sql`${partnerCount} = 0`);
  return parts.length ? and(...parts) : undefined;
};

export type DirectoryRow = { locality: Locality; partners: number };

export const createLocalitiesRepository = (db: Db) => {
  // Counting partners costs a subquery per row: only the directory asks for it.
  const select = async (
    filter: LocalityFilter,
    withPartners: boolean,
  ): Promise<{ total: number; rows: DirectoryRow[] }> => {
    const where = conditions(filter);
    const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(localities).where(where);
    const rows = await paged(
      db
        .select({ doc: localities.doc, partners: withPartners ? partnerCount : sql<number>`0` })
        .from(localities)
        .where(where)
        .orderBy(...ordering(filter))
        .$dynamic(),
      filter,
    );
    return {
      total: count?.total ?? 0,
      rows: rows.map((row) => ({ locality: row.doc as Locality, partners: Number(row.partners) })),
    };
  };
  return {
    /** How many localities the database holds: the health check's one cheap query. */
    async count(): Promise<number> {
      const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(localities);
      return row?.total ?? 0;
    },

    async list(filter: LocalityFilter = {}): Promise<{ total: number; items: Locality[] }> {
      const { total, rows } = await select(filter, false);
      return { total, items: rows.map((row) => row.locality) };
    },

    /** The atlas directory: each locality with how many partners of the other country it has (see partnerCount). */
    async directory(filter: LocalityFilter = {}): Promise<{ total: number; rows: DirectoryRow[] }> {
      return select(filter, true);
    },

    async get(id: string): Promise<Locality | undefined> {
      const [row] = await db.select({ doc: localities.doc }).from(localities).where(eq(localities.id, id));
      return row?.doc as Locality | undefined;
    },

    async origins(): Promise<Map<string, string>> {
      const rows = await db.select({ id: localities.id, origin: localities.origin }).from(localities);
      return new Map(rows.map((row) => [row.id, row.origin]));
    },
  };
};

export type LocalitiesRepository = ReturnType<typeof createLocalitiesRepository>;
