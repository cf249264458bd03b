import { sql } from "drizzle-orm";
import type { Db } from "../../src/store/database.ts";

const count = async (db: Db, query: ReturnType<typeof sql>): Promise<number> => {
  const result = (await db.execute(query)) as unknown as { rows: Array<{ n: number }> };
  return Number(result.rows[0]?.n ?? -1);
};

/**
 * What a consistent database looks like after concurrent writers: every primary-key index holds
 * exactly the rows of its table, no link row points at a missing relation, every relation has
 * its parties. Returns the problems found (none is consistent).
 */
export const consistencyProblems = async (db: Db): Promise<string[]> => {
  const problems: string[] = [];
  for (const table of ["localities", "organisations", "relations", "needs_offers", "issues"]) {
    const scanned = await count(db, sql.raw(`select count(*)::int as n from ${table}`));
    const indexed = await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      await tx.execute(sql.raw("set local enable_seqscan = off"));
      await tx.execute(sql.raw("set local enable_bitmapscan = off"));
      return count(tx, sql.raw(`select count(*)::int as n from ${table} where id >= ''`));
    });
    if (scanned !== indexed) problems.push(`${table}: ${scanned} rows, ${indexed} in its primary-key index`);
  }
  const orphanParties = await count(
    db,
    sql.raw(
      "select count(*)::int as n from relation_parties p left join relations r on r.id = p.relation_id where r.id is null",
    ),
  );
  if (orphanParties) problems.push(`${orphanParties} relation_parties rows without their relation`);
  const orphanIssues = await count(
    db,
    sql.raw(
      "select count(*)::int as n from relation_issues i left join relations r on r.id = i.relation_id where r.id is null",
    ),
  );
  if (orphanIssues) problems.push(`${orphanIssues} relation_issues rows without their relation`);
  const partyless = await count(
    db,
    sql.raw(
      "select count(*)::int as n from relations r where not exists (select 1 from relation_parties p where p.relation_id = r.id)",
    ),
  );
  if (partyless) problems.push(`${partyless} relations without parties`);
  return problems;
};
