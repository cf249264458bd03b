import { createHash } from "node:crypto";
import { eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./database.ts";

export type SyncCounts = {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  keptUserEdits: number;
};

/** Rows per statement when writing many user records. */
const BATCH = 500;

export const contentHash = (record: unknown): string =>
  createHash("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 32);

const INSERT_BATCH = 250;

type RecordTable = PgTable & {
  id: PgColumn;
  origin: PgColumn;
  contentHash: PgColumn;
  doc: PgColumn;
  baseDoc: PgColumn;
};

/** A reference record whose database row a user edited: the seed keeps the user's version. */
export type UserEditedRecord<T> = { incoming: T; doc: T; baseDoc: T | null };

export type SyncOptions<T> = {
  afterWrite?: ((record: T) => Promise<void>) | undefined;
  /** Ids a user deleted in the workspace: not brought back. */
  skip?: ReadonlySet<string> | undefined;
  /** Called for each record a user edited, with the reference's version of today. */
  onUserEdited?: ((record: UserEditedRecord<T>) => Promise<void>) | undefined;
};

/**
 * Brings one table's reference records in line with the reference data: inserts new ones,
 * updates changed ones, deletes reference records that the data no longer has, and never
 * touches a record a user entered, edited or deleted. Running it twice changes nothing.
 */
export const syncReferenceRecords = async <T extends { id: string }>(
  tx: Db,
  table: RecordTable,
  records: readonly T[],
  toRow: (record: T) => Record<string, unknown>,
  options: SyncOptions<T> = {},
): Promise<SyncCounts> => {
  const counts: SyncCounts = { inserted: 0, updated: 0, unchanged: 0, removed: 0, keptUserEdits: 0 };
  const existing = (await tx
    .select({ id: table.id, origin: table.origin, contentHash: table.contentHash })
    .from(table as PgTable)) as Array<{ id: string; origin: string; contentHash: string }>;
  const byId = new Map(existing.map((row) => [row.id, row]));
  const incoming = new Set(records.map((record) => record.id));
  const userRows = options.onUserEdited ? await userEditedRows<T>(tx, table) : new Map<string, UserEditedRow<T>>();
  // New records go in batches: a first seed of thousands of rows is one statement per batch.
  const inserts: Array<{ record: T; row: Record<string, unknown> }> = [];
  for (const record of records) {
    const hash = contentHash(record);
    const current = byId.get(record.id);
    if (current?.origin === "user" || (!current && options.skip?.has(record.id))) {
      counts.keptUserEdits++;
      const row = userRows.get(record.id);
      if (row) await options.onUserEdited?.({ incoming: record, doc: row.doc, baseDoc: row.baseDoc });
      continue;
    }
    if (current?.contentHash === hash) {
      counts.unchanged++;
      continue;
    }
    const row = { ...toRow(record), doc: record, origin: "reference", contentHash: hash, updatedAt: new Date() };
    if (current) {
      await tx.update(table).set(row).where(eq(table.id, record.id));
      counts.updated++;
      await options.afterWrite?.(record);
    } else inserts.push({ record, row });
  }
  for (let start = 0; start < inserts.length; start += INSERT_BATCH) {
    const batch = inserts.slice(start, start + INSERT_BATCH);
    await tx.insert(table).values(batch.map((item) => item.row));
    counts.inserted += batch.length;
    for (const item of batch) await options.afterWrite?.(item.record);
  }
  const stale = existing.filter((row) => row.origin === "reference" && !incoming.has(row.id)).map((row) => row.id);
  if (stale.length > 0) {
    await tx.delete(table).where(inArray(table.id, stale));
    counts.removed = stale.length;
  }
  return counts;
};

type UserEditedRow<T> = { doc: T; baseDoc: T | null };

const userEditedRows = async <T>(tx: Db, table: RecordTable): Promise<Map<string, UserEditedRow<T>>> => {
  const rows = (await tx
    .select({ id: table.id, doc: table.doc, baseDoc: table.baseDoc })
    .from(table as PgTable)
    .where(eq(table.origin, "user"))) as Array<{ id: string; doc: T; baseDoc: T | null }>;
  return new Map(rows.map((row) => [row.id, { doc: row.doc, baseDoc: row.baseDoc }]));
};

/** Writes records a user imported or edited: they replace whatever had the same id. */
export const upsertUserRecords = async <T extends { id: string }>(
  tx: Db,
  table: RecordTable,
  records: readonly T[],
  toRow: (record: T) => Record<string, unknown>,
  afterBatch?: (batch: readonly T[]) => Promise<void>,
): Promise<number> => {
  // A file may name a record twice: the last one counts, as it would written one by one.
  const unique = [...new Map(records.map((record) => [record.id, record])).values()];
  const columns = getTableColumns(table);
  const updatedAt = new Date();
  // Many rows per statement: a 10 MB import is a few hundred statements, not a hundred thousand.
  for (let start = 0; start < unique.length; start += BATCH) {
    const batch = unique.slice(start, start + BATCH);
    const rows = batch.map((record) => ({
      ...toRow(record),
      doc: record,
      origin: "user",
      contentHash: contentHash(record),
      updatedAt,
    }));
    const set = Object.fromEntries(
      Object.keys(rows[0] ?? {}).map((key) => [key, sql.raw(`excluded."${columns[key]?.name ?? key}"`)]),
    );
    await tx.insert(table).values(rows).onConflictDoUpdate({ target: table.id, set });
    await afterBatch?.(batch);
  }
  return records.length;
};
