import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DatabaseDamaged } from "./database-damaged.ts";
import { checkFolder } from "./folder-check.ts";
import { acquireFolderLock, type FolderLock } from "./folder-lock.ts";
import { findDamage } from "./integrity-check.ts";
import { restrictToOwner } from "./owner-only.ts";

export type EmbeddedDatabase = { client: PGlite; lock: FolderLock; close: () => Promise<void> };

/** PGlite's start-up failures are WebAssembly aborts; say what they mean for the folder. */
const describeStartFailure = (error: unknown): string => {
  const message = error instanceof Error ? error.message : "";
  if (!message || /Aborted\(\)|failed to initialize/i.test(message)) {
    return "its files could not be read as a database (the control file, the write-ahead log or the catalog is damaged)";
  }
  return message;
};

/**
 * Opens an embedded database folder as its only user: takes the folder's lock (held until
 * close or death), refuses a folder that is not a whole database, checks every table and index,
 * and keeps the files readable by their owner only.
 */
export const openEmbedded = async (dir: string, role: string): Promise<EmbeddedDatabase> => {
  mkdirSync(dirname(dir), { recursive: true, mode: 0o700 });
  const lock = await acquireFolderLock(dir, role);
  try {
    const state = checkFolder(dir);
    if (state === "new") mkdirSync(dir, { recursive: true, mode: 0o700 });
    let client: PGlite;
    try {
      client = new PGlite(dir);
      await client.waitReady;
    } catch (error) {
      throw new DatabaseDamaged(dir, describeStartFailure(error));
    }
    const damage = state === "existing" ? await findDamage(client, dir) : undefined;
    if (damage) {
      await client.close().catch(() => undefined);
      throw new DatabaseDamaged(dir, damage);
    }
    restrictToOwner(dir);
    return {
      client,
      lock,
      close: async () => {
        await client.close();
        restrictToOwner(dir);
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
};
