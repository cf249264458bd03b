import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../../src/store/database.ts";

const TABLES = [
  "localities",
  "organisations",
  "relations",
  "relation_parties",
  "relation_issues",
  "needs_offers",
  "issues",
  "designations",
  "datasets",
  "import_runs",
  "users",
  "sessions",
  "tokens",
  "sign_in_throttle",
  "audit_log",
  "submissions",
  "recommendations",
  "tombstones",
  "settings",
  "notices",
];

/** A fingerprint of every row of every table: equal before and after means nothing changed. */
export const snapshot = async (database: Database): Promise<string> => {
  const hash = createHash("sha256");
  for (const table of TABLES) {
    const result = (await database.db.execute(sql.raw(`select * from ${table}`))) as unknown as
      | { rows: unknown[] }
      | unknown[];
    const rows = Array.isArray(result) ? result : result.rows;
    hash.update(table);
    for (const row of rows.map((row) => JSON.stringify(row)).sort()) hash.update(row);
  }
  return hash.digest("hex");
};

export const auditCount = async (database: Database): Promise<number> => {
  const result = (await database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as
    | { rows: Array<{ n: number }> }
    | Array<{ n: number }>;
  const rows = Array.isArray(result) ? result : result.rows;
  return Number(rows[0]?.n ?? 0);
};
