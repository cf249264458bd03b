import { randomUUID } from "node:crypto";
import type { Config } from "../config.ts";
import { createMailer } from "../services/mail/mailer.ts";
import type { Store } from "../services/open-store.ts";
import type { WorkspaceDeps } from "../services/workspace/context.ts";

/** The CLI acts as the operator: no signed-in user, the audit trail names "cli". */
export const cliWorkspace = (config: Config, store: Store): WorkspaceDeps => ({
  db: store.database.db,
  repos: store.repos,
  now: () => new Date(),
  newId: randomUUID,
  mailer: createMailer(config.smtpUrl, config.mailFrom),
  onDataChanged: () => undefined,
});

export const cliMeta = { actor: null, actorEmail: "cli", ip: null, userAgent: "jubkoo cli", requestId: null } as const;
