import { customType, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Raw bytes; PGlite gives a Uint8Array and node-postgres a Buffer, so both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Cooperation proposals on their way through the Thai approval process; `doc` holds the whole record. */
export const proposals = pgTable(
  "proposals",
  {
    id: text("id").primaryKey(),
    thaiParty: text("thai_party").notNull(),
    japaneseParty: text("japanese_party").notNull(),
    proposingBody: text("proposing_body"),
    step: text("step").notNull(),
    stepSince: at("step_since").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    doc: jsonb("doc").notNull(),
  },
  (table) => [
    index("proposals_step").on(table.step),
    index("proposals_thai_party").on(table.thaiParty),
    index("proposals_japanese_party").on(table.japaneseParty),
  ],
);

/** Requests for the MOI Permanent Secretary's approval of an official trip under a relation. */
export const tripRequests = pgTable(
  "trip_requests",
  {
    id: text("id").primaryKey(),
    relationId: text("relation_id").notNull(),
    step: text("step").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    doc: jsonb("doc").notNull(),
  },
  (table) => [index("trip_requests_relation").on(table.relationId), index("trip_requests_step").on(table.step)],
);

/** Files attached to a proposal's or a trip's step: what they are, who put them there. */
export const documents = pgTable(
  "documents",
  {
    id: text("id").primaryKey(),
    ownerKind: text("owner_kind", { enum: ["proposal", "trip"] }).notNull(),
    ownerId: text("owner_id").notNull(),
    step: text("step").notNull(),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    uploadedAt: at("uploaded_at").notNull(),
  },
  (table) => [index("documents_owner").on(table.ownerKind, table.ownerId)],
);

/**
 * The bytes, apart from their description so lists never load them. In the database rather than a
 * folder: every app instance sees them, and a file is stored if and only if its upload's
 * transaction (with its audit entry) commits.
 */
export const documentContents = pgTable("document_contents", {
  id: text("id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  content: bytea("content").notNull(),
});
