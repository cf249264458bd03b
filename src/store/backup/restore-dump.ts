import { sql } from "drizzle-orm";
import type { Database, Db } from "../database.ts";
import { takeWriteLock } from "../write-lock.ts";
import { DumpEnd, DumpHeader, DumpRow } from "./dump-format.ts";
import { applicationTables, appliedMigrations, quoteIdent, type TableInfo } from "./table-catalog.ts";

/** The backup cannot be restored here as asked; nothing was changed. */
export class RestoreRefused extends Error {}

const BATCH = 500;

const parseLine = (line: string, lineNumber: number): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    throw new RestoreRefused(`line ${lineNumber} is not JSON: the file is damaged or not a Jubkoo backup`);
  }
};

const isPrefix = (shorter: string[], longer: string[]) => shorter.every((hash, index) => longer[index] === hash);

const countRows = async (tx: Db, table: string): Promise<number> => {
  const result = (await tx.execute(sql.raw(`select count(*)::int as n from ${quoteIdent(table)}`))) as unknown as {
    rows: Array<{ n: number }>;
  };
  return Number(result.rows[0]?.n ?? 0);
};

const insertBatch = async (tx: Db, table: TableInfo, columns: string[], rows: unknown[]) => {
  if (rows.length === 0) return;
  const list = columns.map(quoteIdent).join(", ");
  await tx.execute(
    sql`${sql.raw(`insert into ${quoteIdent(table.name)} (${list}) overriding system value select ${list} from jsonb_populate_recordset(null::${quoteIdent(table.name)}, `)}${JSON.stringify(rows)}${sql.raw("::jsonb)")}`,
  );
};

/** Serial and identity columns continue after the highest restored value. */
const resetSequences = async (tx: Db, tables: TableInfo[]) => {
  for (const table of tables) {
    for (const column of table.columns) {
      const result = (await tx.execute(
        sql`select pg_get_serial_sequence(${quoteIdent(table.name)}, ${column}) as sequence`,
      )) as unknown as { rows: Array<{ sequence: string | null }> };
      const sequence = result.rows[0]?.sequence;
      if (!sequence) continue;
      await tx.execute(
        sql.raw(
          `select setval('${sequence.replaceAll("'", "''")}', coalesce(max(${quoteIdent(column)}), 1), max(${quoteIdent(column)}) is not null) from ${quoteIdent(table.name)}`,
        ),
      );
    }
  }
};

/**
 * Restores a dump in one transaction: everything or nothing. Refuses a database that holds any
 * row unless `replace` (the CLI's --yes), a dump made by a newer schema, and a dump cut short.
 */
export const restoreDump = async (
  database: Pick<Database, "db">,
  lines: AsyncIterable<string>,
  options: { replace: boolean },
): Promise<{ rows: number; tables: number }> => {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = DumpHeader.safeParse(first.done ? undefined : parseLine(first.value, 1));
  if (!header.success)
    throw new RestoreRefused("the file is not a Jubkoo backup (its first line is not a dump header)");
  return database.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await takeWriteLock(tx);
    const tables = await applicationTables(tx);
    if (!isPrefix(header.data.migrations, await appliedMigrations(tx))) {
      throw new RestoreRefused(
        "the backup was made by a newer version of Jubkoo (its schema has migrations this one lacks)",
      );
    }
    const byName = new Map(tables.map((table) => [table.name, table]));
    for (const dumped of header.data.tables) {
      const target = byName.get(dumped.name);
      const unknown = dumped.columns.filter((column) => !target?.columns.includes(column));
      if (!target || unknown.length) {
        throw new RestoreRefused(
          `the backup's table ${dumped.name} does not fit this schema (${unknown.join(", ") || "no such table"})`,
        );
      }
    }
    const occupied = [];
    for (const table of tables) if ((await countRows(tx, table.name)) > 0) occupied.push(table.name);
    if (occupied.length && !options.replace) {
      throw new RestoreRefused(
        `the database is not empty (${occupied.join(", ")}); run again with --yes to replace everything in it`,
      );
    }
    if (occupied.length) {
      await tx.execute(
        sql.raw(`truncate table ${tables.map((table) => quoteIdent(table.name)).join(", ")} restart identity cascade`),
      );
    }
    const counts = new Map<string, number>();
    let pending: { table: TableInfo; columns: string[]; rows: unknown[] } | undefined;
    const flush = async () => {
      if (pending) await insertBatch(tx, pending.table, pending.columns, pending.rows);
      pending = undefined;
    };
    let lineNumber = 1;
    let end: { rows: number } | undefined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      lineNumber++;
      if (next.value.trim() === "") continue;
      const value = parseLine(next.value, lineNumber);
      const closing = DumpEnd.safeParse(value);
      if (closing.success) {
        end = closing.data;
        break;
      }
      const row = DumpRow.safeParse(value);
      const dumped = row.success ? header.data.tables.find((table) => table.name === row.data.t) : undefined;
      const table = dumped ? byName.get(dumped.name) : undefined;
      if (!row.success || !dumped || !table)
        throw new RestoreRefused(`line ${lineNumber} is not a row of a dumped table`);
      if (pending && pending.table !== table) await flush();
      pending ??= { table, columns: dumped.columns, rows: [] };
      pending.rows.push(row.data.r);
      counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
      if (pending.rows.length >= BATCH) await flush();
    }
    await flush();
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    if (!end || end.rows !== total)
      throw new RestoreRefused("the backup is cut short (its closing line is missing); nothing was restored");
    for (const table of header.data.tables) {
      if ((counts.get(table.name) ?? 0) !== table.rows) {
        throw new RestoreRefused(
          `the backup's table ${table.name} should hold ${table.rows} rows but holds ${counts.get(table.name) ?? 0}`,
        );
      }
    }
    await resetSequences(tx, tables);
    return { rows: total, tables: header.data.tables.length };
  });
};
