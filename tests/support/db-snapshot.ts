import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../../src/store/database.ts";

type Rows<T> = { rows: T[] } | T[];
const rowsOf = <T>(result: Rows<T>): T[] => (Array.isArray(result) ? result : result.rows);

/** Every table of the application's schema, read from the database so a new table is never left out. */
const tables = async (database: Database): Promise<string[]> =>
  rowsOf(
    (await database.db.execute(
      sql`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    )) as unknown as Rows<{ name: string }>,
  ).map((row) => row.name);

/** A fingerprint of every row of every table: equal before and after means nothing changed. */
export const snapshot = async (database: Database): Promise<string> => {
  const hash = createHash("sha256");
  const names = await tables(database);
  // A schema without the workspace's tables would make every snapshot equal, and the check hollow.
  if (!names.includes("audit_log")) throw new Error(`no application tables in the current schema: ${names.join(", ")}`);
  for (const table of names) {
    const rows = rowsOf((await database.db.execute(sql.raw(`select * from "${table}"`))) as unknown as Rows<unknown>);
    hash.update(table);
    for (const row of rows.map((row) => JSON.stringify(row)).sort()) hash.update(row);
  }
  return hash.digest("hex");
};

export const auditCount = async (database: Database): Promise<number> => {
  const rows = rowsOf(
    (await database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as Rows<{ n: number }>,
  );
  return Number(rows[0]?.n ?? 0);
};
