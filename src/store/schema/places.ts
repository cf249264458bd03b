import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Gazetteer places (Thai districts and subdistricts, wards): reference records only, found by search. */
export const places = pgTable(
  "places",
  {
    id: text("id").primaryKey(),
    country: text("country").notNull(),
    kind: text("kind").notNull(),
    within: text("within").notNull(),
    parent: text("parent"),
    doc: jsonb("doc").notNull(),
    origin: text("origin", { enum: ["reference", "user"] }).notNull(),
    contentHash: text("content_hash").notNull(),
    /** Kept for the shape every record table has (record-sync.ts); places have no user edits. */
    baseDoc: jsonb("base_doc"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("places_within").on(table.within), index("places_parent").on(table.parent)],
);
