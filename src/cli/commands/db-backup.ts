import { resolve } from "node:path";
import { loadConfig } from "../../config.ts";
import { backupThroughHolder, backupToFile, RestoreRefused, restoreFromFile } from "../../services/backup.service.ts";
import { withStore } from "../../services/open-store.ts";
import { FolderInUse } from "../../store/embedded/folder-lock.ts";
import { type Command, EXIT, UsageError } from "../command.ts";
import { inputFilePath } from "../input-file.ts";

const oneFile = (positionals: string[]): string => {
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError("give one backup file");
  return file;
};

export const dbBackup: Command = {
  name: "db backup",
  summary: "write every record to FILE (JSON lines; .gz compresses); works while the server runs",
  usage: "jubkoo db backup FILE",
  options: {},
  allowPositionals: true,
  run: async ({ positionals }, io) => {
    const file = oneFile(positionals);
    const target = resolve(io.cwd, file);
    const config = loadConfig(io.env);
    try {
      const rows = await withStore(config, {}, ({ database }) => backupToFile(database, target));
      io.out(`Backed up ${rows} rows to ${target}\n`);
    } catch (error) {
      // The server holds the embedded database: it writes the backup for us.
      if (!(error instanceof FolderInUse) || error.holder?.role !== "the server") throw error;
      const rows = await backupThroughHolder(config.pgliteDir, target);
      io.out(`Backed up ${rows} rows to ${target} through the running server (pid ${error.holder.pid})\n`);
    }
    return EXIT.ok;
  },
};

export const dbRestore: Command = {
  name: "db restore",
  summary: "restore a backup in one transaction; a database holding records is replaced only with --yes",
  usage: "jubkoo db restore FILE [--yes]",
  options: { yes: { type: "boolean" } },
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const path = inputFilePath(io.cwd, oneFile(positionals));
    const result = await withStore(loadConfig(io.env), {}, async ({ database }) => {
      try {
        return await restoreFromFile(database, path, { replace: values.yes === true });
      } catch (error) {
        if (error instanceof RestoreRefused) throw new UsageError(`${error.message}. Nothing was changed.`);
        throw error;
      }
    });
    io.out(`Restored ${result.rows} rows in ${result.tables} tables from ${path}\n`);
    return EXIT.ok;
  },
};
