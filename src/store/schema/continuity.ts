import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import type { Scope } from "../../domain/policy/actor.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Activities logged under a relation. They live in their own table, not in the relation's document:
 * the parties log them often and at once, the calendar and the annual report query them by date,
 * and a logged activity must not turn a reference relation into a user's edit (which would stop
 * reference updates flowing to it). The relation's `activities` array stays the reference data's.
 */
export const activities = pgTable(
  "activities",
  {
    id: text("id").primaryKey(),
    relationId: text("relation_id").notNull(),
    /** The first and last day the (partial) dates can mean: the calendar asks "what is after today". */
    firstDay: date("first_day", { mode: "string" }).notNull(),
    lastDay: date("last_day", { mode: "string" }).notNull(),
    year: integer("year").notNull(),
    state: text("state").notNull(),
    isPublic: boolean("is_public").notNull(),
    enteredBy: text("entered_by").notNull(),
    enteredAt: at("entered_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    doc: jsonb("doc").notNull(),
  },
  (table) => [index("activities_relation").on(table.relationId), index("activities_first_day").on(table.firstDay)],
);

/** A relation's objectives and indicators (targets and stated figures per year), one document per relation. */
export const relationObjectives = pgTable("relation_objectives", {
  relationId: text("relation_id").primaryKey(),
  doc: jsonb("doc").notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: at("updated_at").notNull(),
});

/** A party's editor said the relation's record is current: explicitly, or by logging or confirming an activity. */
export const relationConfirmations = pgTable(
  "relation_confirmations",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    relationId: text("relation_id").notNull(),
    partyId: text("party_id").notNull(),
    userId: text("user_id").notNull(),
    how: text("how", { enum: ["record", "activity"] }).notNull(),
    at: at("at").notNull(),
  },
  (table) => [index("relation_confirmations_relation").on(table.relationId, table.at)],
);

/** An officer handed a locality over: the successor was invited with the outgoing officer's scope. */
export const handovers = pgTable(
  "handovers",
  {
    id: text("id").primaryKey(),
    localityId: text("locality_id").notNull(),
    outgoingUserId: text("outgoing_user_id").notNull(),
    successorEmail: text("successor_email").notNull(),
    scope: jsonb("scope").$type<Scope>().notNull(),
    note: text("note"),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (table) => [index("handovers_locality").on(table.localityId, table.createdAt)],
);

/** One annual report per locality and year: figures generated from the log, narrative written by the officer. */
export const annualReports = pgTable(
  "annual_reports",
  {
    id: text("id").primaryKey(),
    localityId: text("locality_id").notNull(),
    year: integer("year").notNull(),
    state: text("state").notNull(),
    figures: jsonb("figures").notNull(),
    narrative: jsonb("narrative").notNull(),
    generatedAt: at("generated_at").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    submissionId: text("submission_id"),
    submittedAt: at("submitted_at"),
    submittedBy: text("submitted_by"),
    acknowledgedAt: at("acknowledged_at"),
    acknowledgedBy: text("acknowledged_by"),
  },
  (table) => [unique("annual_reports_locality_year").on(table.localityId, table.year)],
);

/** Which kinds of notice a user wants, and whether by email at once, weekly or not at all. */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: text("user_id").primaryKey(),
  doc: jsonb("doc").notNull(),
  updatedAt: at("updated_at").notNull(),
});
