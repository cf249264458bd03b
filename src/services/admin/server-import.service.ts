import type { Actor } from "../../domain/policy/actor.ts";
import { authorize } from "../authorize.ts";
import { importUserFile } from "../import.service.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

export type Upload = { name: string; text: string };

/**
 * The import path through the running server, so operators need not stop it (the embedded
 * database has one writer: this process). Admins only; validated against the database and
 * written in one transaction with its audit entry; every instance drops its cached answers.
 */
export const importThroughServer = async (deps: WorkspaceDeps, actor: Actor, meta: RequestMeta, upload: Upload) => {
  authorize(actor, { type: "data.import" });
  return runChange(deps, meta, { changesData: true }, async (tx) => {
    const summary = await importUserFile(tx, upload.name, upload.text);
    return {
      value: summary,
      audit: { action: "data.import", recordKind: "import", recordId: upload.name, before: null, after: summary },
    };
  });
};
