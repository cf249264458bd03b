import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./database.ts";

export type SyncCounts = {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  keptUserEdits: number;
};

export const contentHash = (record: unknown): string =>
  createHash("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 32);

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
    } else {
      await tx.insert(table).values(row);
      counts.inserted++;
    }
    await options.afterWrite?.(record);
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
  afterWrite?: (record: T) => Promise<void>,
): Promise<number> => {
  for (const record of records) {
    const row = {
      ...toRow(record),
      doc: record,
      origin: "user",
      contentHash: contentHash(record),
      updatedAt: new Date(),
    };
    await tx.insert(table).values(row).onConflictDoUpdate({ target: table.id, set: row });
    await afterWrite?.(record);
  }
  return records.length;
};
