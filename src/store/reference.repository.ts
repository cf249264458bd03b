import { desc, eq, sql } from "drizzle-orm";
import type { ReferenceData } from "../catalog/reference-data.ts";
import type { Place } from "../domain/place.ts";
import type { Db } from "./database.ts";
import { localityRow } from "./localities.repository.ts";
import { needOfferRow } from "./needs-offers.repository.ts";
import { organisationRow } from "./organisations.repository.ts";
import { type SyncCounts, syncReferenceRecords, type UserEditedRecord, upsertUserRecords } from "./record-sync.ts";
import { createRecordsRepository, type RecordDocs, type RecordKindName } from "./records.repository.ts";
import { relationRow, writeRelationLinks, writeRelationLinksOf } from "./relations.repository.ts";
import * as schema from "./schema.ts";
import { takeWriteLock } from "./write-lock.ts";

export type SeedSummary = Record<keyof ReferenceData | "places", SyncCounts>;

const placeRow = (place: Place) => ({
  id: place.id,
  country: place.country,
  kind: place.kind,
  within: place.within,
  parent: place.parent,
});

export type UserEditedHook = (
  tx: Db,
  kind: RecordKindName,
  edited: UserEditedRecord<RecordDocs[RecordKindName]>,
) => Promise<void>;

/** The records and what hangs on them; `replaceAll` (db reset) empties these. */
const RECORD_TABLES = [
  "places",
  "relation_issues",
  "relation_parties",
  "relations",
  "needs_offers",
  "organisations",
  "localities",
  "designations",
  "datasets",
  "issues",
  "import_runs",
  "submissions",
  "recommendations",
  "tombstones",
  "document_contents",
  "documents",
  "trip_requests",
  "proposals",
  "activities",
  "relation_objectives",
  "relation_confirmations",
  "annual_reports",
] as const;

/** Accounts, sessions and the audit trail outlive a reset of the data; tests empty them too. */
const ALL_TABLES = [
  ...RECORD_TABLES,
  "tokens",
  "sign_in_throttle",
  "notices",
  "notification_preferences",
  "handovers",
  "sessions",
  "users",
  "audit_log",
  "settings",
] as const;

/** Writes whole datasets: the reference seed and user imports, each in one transaction. */
export const createReferenceRepository = (db: Db) => ({
  /**
   * With `replaceAll`, user records go too: the database ends up holding exactly the data.
   * `onUserEdited` hears, in the same transaction, of each record a user edited whose reference
   * version may have moved on (the review queue decides what to take).
   */
  async sync(
    data: ReferenceData,
    options: {
      replaceAll?: boolean;
      onUserEdited?: UserEditedHook;
      places?: readonly Place[];
      fingerprint?: string;
    } = {},
  ): Promise<SeedSummary> {
    return db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      await takeWriteLock(tx);
      if (options.replaceAll)
        await tx.execute(sql.raw(`truncate table ${RECORD_TABLES.join(", ")} restart identity cascade`));
      const records = createRecordsRepository(tx);
      const userOptions = async <K extends RecordKindName>(kind: K) => ({
        skip: await records.tombstoned(kind),
        onUserEdited: options.onUserEdited
          ? (edited: UserEditedRecord<RecordDocs[K]>) => options.onUserEdited?.(tx, kind, edited) ?? Promise.resolve()
          : undefined,
      });
      const summary: SeedSummary = {
        issues: await syncReferenceRecords(tx, schema.issues, data.issues, (issue) => ({
          id: issue.id,
          parent: issue.parent,
        })),
        designations: await syncReferenceRecords(tx, schema.designations, data.designations, (designation) => ({
          id: designation.id,
          country: designation.country,
        })),
        datasets: await syncReferenceRecords(tx, schema.datasets, data.datasets, (dataset) => ({ id: dataset.id })),
        localities: await syncReferenceRecords(
          tx,
          schema.localities,
          data.localities,
          localityRow,
          await userOptions("locality"),
        ),
        organisations: await syncReferenceRecords(
          tx,
          schema.organisations,
          data.organisations,
          organisationRow,
          await userOptions("organisation"),
        ),
        relations: await syncReferenceRecords(tx, schema.relations, data.relations, relationRow, {
          afterWrite: writeRelationLinks(tx),
          ...(await userOptions("relation")),
        }),
        needsOffers: await syncReferenceRecords(
          tx,
          schema.needsOffers,
          data.needsOffers,
          needOfferRow,
          await userOptions("needOffer"),
        ),
        places: await syncReferenceRecords(tx, schema.places, options.places ?? [], placeRow),
      };
      const recorded = options.fingerprint ? { ...summary, fingerprint: options.fingerprint } : summary;
      await tx.insert(schema.importRuns).values({ kind: "seed", summary: recorded });
      return summary;
    });
  },

  async writeUser(data: Pick<ReferenceData, "localities" | "organisations" | "relations" | "needsOffers">) {
    return db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      await takeWriteLock(tx);
      const summary = {
        localities: await upsertUserRecords(tx, schema.localities, data.localities, localityRow),
        organisations: await upsertUserRecords(tx, schema.organisations, data.organisations, organisationRow),
        relations: await upsertUserRecords(tx, schema.relations, data.relations, relationRow, writeRelationLinksOf(tx)),
        needsOffers: await upsertUserRecords(tx, schema.needsOffers, data.needsOffers, needOfferRow),
      };
      await tx.insert(schema.importRuns).values({ kind: "import", summary });
      return summary;
    });
  },

  /** The data fingerprint the last seed recorded, if it recorded one. */
  async lastSeedFingerprint(): Promise<string | undefined> {
    const [row] = await db
      .select({ summary: schema.importRuns.summary })
      .from(schema.importRuns)
      .where(eq(schema.importRuns.kind, "seed"))
      .orderBy(desc(schema.importRuns.id))
      .limit(1);
    const fingerprint = (row?.summary as { fingerprint?: unknown } | undefined)?.fingerprint;
    return typeof fingerprint === "string" ? fingerprint : undefined;
  },

  async isEmpty(): Promise<boolean> {
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(schema.localities);
    return (row?.count ?? 0) === 0;
  },

  /** Empties every table; the schema stays. */
  async truncateAll(): Promise<void> {
    await db.execute(sql.raw(`truncate table ${ALL_TABLES.join(", ")} restart identity cascade`));
  },
});

export type ReferenceRepository = ReturnType<typeof createReferenceRepository>;
