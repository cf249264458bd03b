import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Locality } from "../domain/locality.ts";
import type { Organisation } from "../domain/organisation.ts";
import type { NeedOffer, Relation } from "../domain/relation.ts";
import type { Db } from "./database.ts";
import { localityRow } from "./localities.repository.ts";
import { needOfferRow } from "./needs-offers.repository.ts";
import { organisationRow } from "./organisations.repository.ts";
import { contentHash } from "./record-sync.ts";
import { relationRow, writeRelationLinks } from "./relations.repository.ts";
import * as schema from "./schema.ts";

/** The records users may write, by the name the audit trail and the review queue use. */
export type RecordDocs = {
  locality: Locality;
  relation: Relation;
  organisation: Organisation;
  needOffer: NeedOffer;
};
export type RecordKindName = keyof RecordDocs;
export const RECORD_KINDS: readonly RecordKindName[] = ["locality", "relation", "organisation", "needOffer"];

export type StoredRecord<T> = {
  doc: T;
  origin: "reference" | "user";
  /** The reference version a user's edit started from; null for a record only users ever wrote. */
  baseDoc: T | null;
  contentHash: string;
};

type RecordTable = PgTable & {
  id: PgColumn;
  doc: PgColumn;
  origin: PgColumn;
  contentHash: PgColumn;
  baseDoc: PgColumn;
};

type Binding<T> = {
  table: RecordTable;
  toRow: (doc: T) => Record<string, unknown>;
  afterWrite?: (db: Db, doc: T) => Promise<void>;
};

const BINDINGS: { [K in RecordKindName]: Binding<RecordDocs[K]> } = {
  locality: { table: schema.localities, toRow: localityRow },
  relation: { table: schema.relations, toRow: relationRow, afterWrite: (db, doc) => writeRelationLinks(db)(doc) },
  organisation: { table: schema.organisations, toRow: organisationRow },
  needOffer: { table: schema.needsOffers, toRow: needOfferRow },
};

/** One record at a time, for the workspace: read with its provenance, write as a user, remove. */
export const createRecordsRepository = (db: Db) => {
  /** A record written again (a revert of its deletion) is alive: its tombstone goes. */
  const clearTombstone = async (kind: RecordKindName, id: string) => {
    await db
      .delete(schema.tombstones)
      .where(and(eq(schema.tombstones.recordKind, kind), eq(schema.tombstones.recordId, id)));
  };
  return {
    async get<K extends RecordKindName>(kind: K, id: string): Promise<StoredRecord<RecordDocs[K]> | undefined> {
      const { table } = BINDINGS[kind];
      const [row] = (await db
        .select({ doc: table.doc, origin: table.origin, baseDoc: table.baseDoc, contentHash: table.contentHash })
        .from(table as PgTable)
        .where(eq(table.id, id))
        .for("update")) as Array<StoredRecord<RecordDocs[K]>>;
      return row;
    },

    /** Writes a record as a user's; `baseDoc` keeps the reference version it was edited from. */
    async saveAsUser<K extends RecordKindName>(kind: K, doc: RecordDocs[K], baseDoc: RecordDocs[K] | null) {
      const binding = BINDINGS[kind] as Binding<RecordDocs[K]>;
      const row = {
        ...binding.toRow(doc),
        doc,
        origin: "user",
        contentHash: contentHash(doc),
        baseDoc,
        updatedAt: new Date(),
      };
      await db.insert(binding.table).values(row).onConflictDoUpdate({ target: binding.table.id, set: row });
      await binding.afterWrite?.(db, doc);
      await clearTombstone(kind, doc.id);
    },

    /** Puts a record back exactly as the reference data has it, so later seeds update it again. */
    async saveAsReference<K extends RecordKindName>(kind: K, doc: RecordDocs[K]) {
      const binding = BINDINGS[kind] as Binding<RecordDocs[K]>;
      const row = {
        ...binding.toRow(doc),
        doc,
        origin: "reference",
        contentHash: contentHash(doc),
        baseDoc: null,
        updatedAt: new Date(),
      };
      await db.insert(binding.table).values(row).onConflictDoUpdate({ target: binding.table.id, set: row });
      await binding.afterWrite?.(db, doc);
      await clearTombstone(kind, doc.id);
    },

    /** Deletes a record and leaves a tombstone, so a later seed does not bring it back. */
    async remove(kind: RecordKindName, id: string, at: Date) {
      const { table } = BINDINGS[kind];
      await db.delete(table).where(eq(table.id, id));
      await db
        .insert(schema.tombstones)
        .values({ recordKind: kind, recordId: id, deletedAt: at })
        .onConflictDoNothing();
    },

    async tombstoned(kind: RecordKindName): Promise<Set<string>> {
      const rows = await db
        .select({ id: schema.tombstones.recordId })
        .from(schema.tombstones)
        .where(eq(schema.tombstones.recordKind, kind));
      return new Set(rows.map((row) => row.id));
    },
  };
};

export type RecordsRepository = ReturnType<typeof createRecordsRepository>;
