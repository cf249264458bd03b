import { sql } from "drizzle-orm";
import type { Database, Db } from "../database.ts";
import { DUMP_FORMAT, type DumpHeader } from "./dump-format.ts";
import { applicationTables, appliedMigrations, quoteIdent } from "./table-catalog.ts";

const PAGE = 1000;

/**
 * Writes a dump of every application table as JSON lines to `write` (which may wait, for
 * back-pressure). Reads one consistent snapshot: writers carry on, and the dump is what the
 * database held at one instant. Returns the number of rows written.
 */
export const writeDump = async (
  database: Pick<Database, "db" | "engine">,
  write: (line: string) => Promise<void>,
): Promise<number> =>
  database.db.transaction(
    async (txn) => {
      const tx = txn as unknown as Db;
      const tables = await applicationTables(tx);
      const counted = [];
      for (const table of tables) {
        const result = (await tx.execute(
          sql.raw(`select count(*)::int as n from ${quoteIdent(table.name)}`),
        )) as unknown as { rows: Array<{ n: number }> };
        counted.push({ ...table, rows: Number(result.rows[0]?.n ?? 0) });
      }
      const header: DumpHeader = {
        format: DUMP_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        engine: database.engine,
        migrations: await appliedMigrations(tx),
        tables: counted,
      };
      await write(JSON.stringify(header));
      let total = 0;
      for (const table of counted) {
        for (let offset = 0; offset < table.rows; offset += PAGE) {
          const page = (await tx.execute(
            sql.raw(
              `select to_jsonb(t)::text as row from ${quoteIdent(table.name)} t order by ctid limit ${PAGE} offset ${offset}`,
            ),
          )) as unknown as { rows: Array<{ row: string }> };
          for (const { row } of page.rows) {
            await write(`{"t":${JSON.stringify(table.name)},"r":${row}}`);
            total++;
          }
        }
      }
      await write(JSON.stringify({ end: true, rows: total }));
      return total;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
