import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";

export * from "./schema/continuity.ts";
export * from "./schema/notices.ts";
export * from "./schema/proposals.ts";
export * from "./schema/workspace.ts";

/**
 * Every record keeps its whole validated document as JSONB plus the columns we filter on.
 * `origin` separates reference records (from data/, replaced by each seed) from records a user
 * entered or edited (never overwritten by a seed).
 */
const provenance = () => ({
  doc: jsonb("doc").notNull(),
  origin: text("origin", { enum: ["reference", "user"] }).notNull(),
  contentHash: text("content_hash").notNull(),
  /** For a user's record: the reference version it was edited from, to merge later reference changes. */
  baseDoc: jsonb("base_doc"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const issues = pgTable("issues", {
  id: text("id").primaryKey(),
  parent: text("parent"),
  ...provenance(),
});

export const designations = pgTable("designations", {
  id: text("id").primaryKey(),
  country: text("country").notNull(),
  ...provenance(),
});

export const datasets = pgTable("datasets", {
  id: text("id").primaryKey(),
  ...provenance(),
});

export const localities = pgTable(
  "localities",
  {
    id: text("id").primaryKey(),
    country: text("country").notNull(),
    tier: text("tier").notNull(),
    region: text("region").notNull(),
    parent: text("parent"),
    nameEn: text("name_en").notNull(),
    nameTh: text("name_th").notNull(),
    nameJa: text("name_ja").notNull(),
    population: integer("population"),
    ...provenance(),
  },
  (table) => [
    index("localities_country_tier").on(table.country, table.tier),
    index("localities_parent").on(table.parent),
  ],
);

export const organisations = pgTable("organisations", {
  id: text("id").primaryKey(),
  country: text("country").notNull(),
  kind: text("kind").notNull(),
  nameEn: text("name_en").notNull(),
  ...provenance(),
});

export const relations = pgTable(
  "relations",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    status: text("status").notNull(),
    startYear: integer("start_year"),
    ...provenance(),
  },
  (table) => [index("relations_type_status").on(table.type, table.status)],
);

export const relationParties = pgTable(
  "relation_parties",
  {
    relationId: text("relation_id")
      .notNull()
      .references(() => relations.id, { onDelete: "cascade" }),
    partyId: text("party_id").notNull(),
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.relationId, table.partyId] }),
    index("relation_parties_party").on(table.partyId),
  ],
);

export const relationIssues = pgTable(
  "relation_issues",
  {
    relationId: text("relation_id")
      .notNull()
      .references(() => relations.id, { onDelete: "cascade" }),
    issueId: text("issue_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.relationId, table.issueId] }),
    index("relation_issues_issue").on(table.issueId),
  ],
);

export const needsOffers = pgTable(
  "needs_offers",
  {
    id: text("id").primaryKey(),
    party: text("party").notNull(),
    kind: text("kind", { enum: ["need", "offer"] }).notNull(),
    ...provenance(),
  },
  (table) => [index("needs_offers_party").on(table.party)],
);

export const importRuns = pgTable("import_runs", {
  id: serial("id").primaryKey(),
  kind: text("kind", { enum: ["seed", "import"] }).notNull(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  summary: jsonb("summary").notNull(),
});
export * from "./schema/places.ts";
