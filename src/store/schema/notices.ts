import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The transactional outbox of notifications: the write that causes a notice inserts it in the same
 * transaction; a worker mails it and marks it. `dedupeKey` is unique, so an event that is handled
 * twice (a retry, a crash and restart) still makes one notice.
 */
export const notices = pgTable(
  "notices",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull(),
    kind: text("kind").notNull(),
    dedupeKey: text("dedupe_key").notNull().unique(),
    payload: jsonb("payload").notNull(),
    createdAt: at("created_at").notNull(),
    readAt: at("read_at"),
    /**
     * none (in-app only), pending, sending (claimed by a worker), sent, digest (waits for the weekly
     * digest), digested (went out in one), failed (the server refused the address for good),
     * unconfirmed (a worker stopped while sending: not sent again, so never twice).
     */
    emailStatus: text("email_status").notNull().default("none"),
    emailAttempts: integer("email_attempts").notNull().default(0),
    emailNextAttemptAt: at("email_next_attempt_at"),
    emailSentAt: at("email_sent_at"),
    emailClaimedAt: at("email_claimed_at"),
    emailLastError: text("email_last_error"),
    /** For a notice that went out in a weekly digest: the digest's notice id. */
    digestId: text("digest_id"),
  },
  (table) => [index("notices_user").on(table.userId, table.createdAt), index("notices_email").on(table.emailStatus)],
);
