import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { Scope } from "../../domain/policy/actor.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  /** Lower-cased and trimmed: one account per address. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ["admin", "facilitator", "editor"] }).notNull(),
  scope: jsonb("scope").$type<Scope>().notNull(),
  status: text("status", { enum: ["active", "disabled"] }).notNull(),
  /** scrypt, with its parameters and salt: "scrypt$N$r$p$salt$hash". */
  passwordHash: text("password_hash").notNull(),
  lang: text("lang", { enum: ["th", "en", "ja"] })
    .notNull()
    .default("th"),
  createdAt: at("created_at").notNull().defaultNow(),
  updatedAt: at("updated_at").notNull().defaultNow(),
  lastSignInAt: at("last_sign_in_at"),
});

/** Server-side sessions, shared by every app instance. The id is the SHA-256 of the cookie's token. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: at("created_at").notNull(),
    lastSeenAt: at("last_seen_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (table) => [index("sessions_user").on(table.userId)],
);

/** One-time links: invitations and password resets. The id is the SHA-256 of the token mailed. */
export const tokens = pgTable(
  "tokens",
  {
    id: text("id").primaryKey(),
    purpose: text("purpose", { enum: ["invitation", "password-reset"] }).notNull(),
    email: text("email").notNull(),
    userId: text("user_id"),
    role: text("role", { enum: ["admin", "facilitator", "editor"] }),
    scope: jsonb("scope").$type<Scope>(),
    createdBy: text("created_by"),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
  },
  (table) => [index("tokens_email").on(table.email)],
);

/** Failed sign-ins per account and per address, shared by every instance. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: at("last_failure_at").notNull(),
  blockedUntil: at("blocked_until"),
});

/** Append-only: the application inserts and reads; a trigger refuses updates and deletes. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: at("at").notNull(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    actorRole: text("actor_role"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    requestId: text("request_id"),
    action: text("action").notNull(),
    recordKind: text("record_kind").notNull(),
    recordId: text("record_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
    /** For a revert: the entry it undid. */
    reverts: bigint("reverts", { mode: "number" }),
  },
  (table) => [index("audit_log_record").on(table.recordId, table.id), index("audit_log_actor").on(table.actorId)],
);

/** What waits for review: claims, corrections, self-reports, reference updates to edited records. */
export const submissions = pgTable(
  "submissions",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    recordKind: text("record_kind").notNull(),
    recordId: text("record_id").notNull(),
    parties: jsonb("parties").$type<string[]>().notNull(),
    submittedBy: text("submitted_by"),
    submittedAt: at("submitted_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    /** The whole submission: payload, submitter's scope, comment and every event. */
    doc: jsonb("doc").notNull(),
  },
  (table) => [index("submissions_status").on(table.status), index("submissions_record").on(table.recordId)],
);

/** A facilitator's suggestion that two localities look at each other. */
export const recommendations = pgTable(
  "recommendations",
  {
    id: text("id").primaryKey(),
    fromParty: text("from_party").notNull(),
    toParty: text("to_party").notNull(),
    doc: jsonb("doc").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (table) => [index("recommendations_from").on(table.fromParty), index("recommendations_to").on(table.toParty)],
);

/** Secrets and switches that every instance must share (the CSRF key). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * Records a user deleted. A reference record deleted in the workspace stays deleted: the next
 * seed does not bring it back (it is counted as a kept user edit).
 */
export const tombstones = pgTable(
  "tombstones",
  {
    recordKind: text("record_kind").notNull(),
    recordId: text("record_id").notNull(),
    deletedAt: at("deleted_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.recordKind, table.recordId] })],
);
