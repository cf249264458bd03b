import { sql } from "drizzle-orm";
import type { Db } from "../database.ts";

type Rows<T> = { rows: T[] };
const rows = async <T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> =>
  ((await db.execute(query)) as unknown as Rows<T>).rows;

export type TableInfo = { name: string; columns: string[] };

/**
 * The application's tables (schema public) in an order that satisfies their foreign keys:
 * a table comes after every table it references. New tables are found without a code change.
 */
export const applicationTables = async (db: Db): Promise<TableInfo[]> => {
  const columns = await rows<{ table: string; column: string }>(
    db,
    sql.raw(`select c.table_name as "table", c.column_name as "column"
               from information_schema.columns c
               join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
              where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
              order by c.table_name, c.ordinal_position`),
  );
  const references = await rows<{ child: string; parent: string }>(
    db,
    sql.raw(`select cl.relname as child, pl.relname as parent
               from pg_constraint k
               join pg_class cl on cl.oid = k.conrelid join pg_class pl on pl.oid = k.confrelid
               join pg_namespace n on n.oid = cl.relnamespace
              where k.contype = 'f' and n.nspname = 'public' and cl.relname <> pl.relname`),
  );
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const { parent } of references.filter((reference) => reference.child === table)) visit(parent, path);
    ordered.push(table);
  };
  for (const table of [...byTable.keys()].sort()) visit(table, new Set());
  return ordered.map((name) => ({ name, columns: byTable.get(name) ?? [] }));
};

/** Hashes of the applied migrations, oldest first (drizzle's own table). */
export const appliedMigrations = async (db: Db): Promise<string[]> =>
  (
    await rows<{ hash: string }>(db, sql.raw("select hash from drizzle.__drizzle_migrations order by created_at, id"))
  ).map((row) => row.hash);

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
