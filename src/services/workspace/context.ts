import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Catalog } from "../../catalog/catalog.ts";
import type { User } from "../../domain/policy/actor.ts";
import type { Db } from "../../store/database.ts";
import { createRepositories, type Repositories } from "../../store/repositories.ts";
import type { Mailer } from "../mail/mailer.ts";

/** Every instance listens here; a committed write that changes what users read notifies it. */
export const CHANGES_CHANNEL = "jubkoo_changes";

export type WorkspaceDeps = {
  db: Db;
  repos: Repositories;
  now: () => Date;
  newId: () => string;
  mailer: Mailer | null;
  /** Runs after a data change commits, in this instance (others hear the NOTIFY). */
  onDataChanged: () => void;
  /** Runs after a change to an activity log or a relation's plan commits (others hear the NOTIFY "activity"). */
  onActivityChanged?: () => void;
  /** The server's cached catalog, for matching inside a write (new needs and offers); loaded when absent. */
  catalog?: () => Promise<Catalog>;
};

/** Who asked, from where: copied into the audit entry. */
export type RequestMeta = {
  actor: User | null;
  actorEmail?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
};

export type AuditDraft = {
  action: string;
  recordKind: string;
  recordId: string;
  before: unknown;
  after: unknown;
  reason?: string | null | undefined;
  reverts?: number | null | undefined;
};

export const defaultDeps = (db: Db, repos: Repositories, mailer: Mailer | null, onDataChanged: () => void) => ({
  db,
  repos,
  now: () => new Date(),
  newId: randomUUID,
  mailer,
  onDataChanged,
});

export const auditFields = (meta: RequestMeta, at: Date) => ({
  at,
  actorId: meta.actor?.id ?? null,
  actorEmail: meta.actorEmail ?? null,
  actorRole: meta.actor?.role ?? null,
  ip: meta.ip ?? null,
  userAgent: meta.userAgent?.slice(0, 300) ?? null,
  requestId: meta.requestId ?? null,
});

/**
 * One change, one transaction: the work writes through `tx` and describes itself in exactly one
 * audit entry, which is written in the same transaction. Nothing is written without its entry, and
 * no entry is written for work that failed. Data changes notify every instance on commit.
 */
export const runChange = async <T>(
  deps: WorkspaceDeps,
  meta: RequestMeta,
  options: { changesData: boolean; changesActivity?: boolean },
  work: (tx: Repositories, at: Date) => Promise<{ value: T; audit: AuditDraft }>,
): Promise<T> => {
  const at = deps.now();
  const value = await deps.db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const repos = createRepositories(tx);
    const { value, audit } = await work(repos, at);
    await repos.audit.append({
      ...auditFields(meta, at),
      action: audit.action,
      recordKind: audit.recordKind,
      recordId: audit.recordId,
      before: audit.before ?? null,
      after: audit.after ?? null,
      reason: audit.reason ?? null,
      reverts: audit.reverts ?? null,
    });
    // NOTIFY inside the transaction is delivered only if it commits.
    if (options.changesData) await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, 'data')`);
    else if (options.changesActivity) await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, 'activity')`);
    return value;
  });
  if (options.changesData) deps.onDataChanged();
  else if (options.changesActivity) deps.onActivityChanged?.();
  return value;
};
