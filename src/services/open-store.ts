import { type Config, reportLineCount } from "../config.ts";
import { type Database, openDatabase } from "../store/database.ts";
import { createRepositories, type Repositories } from "../store/repositories.ts";
import { seedIfChanged } from "./seed.service.ts";

export type Store = { database: Database; repos: Repositories };

let processRole = "a jubkoo process";

/** How this process is named to another that finds the embedded database in use ("the server"). */
export const nameThisProcess = (role: string): void => {
  processRole = role;
};

/**
 * Opens the configured database and migrates it. With `seedIfEmpty`, a fresh database gets the
 * reference data, so a new clone works at once; with `syncReference`, the reference records are
 * brought in line with data/ (idempotent, user edits kept).
 */
export const openStore = async (
  config: Config,
  options: { seedIfEmpty?: boolean; syncReference?: boolean } = {},
): Promise<Store> => {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.pgliteDir,
    role: processRole,
  });
  try {
    await database.migrate();
    const repos = createRepositories(database.db);
    const isEmpty = await repos.reference.isEmpty();
    if (options.syncReference || (options.seedIfEmpty && isEmpty)) {
      await seedIfChanged(repos, { dataDir: config.dataDir, reportLineCount: reportLineCount(config.reportPath) });
    }
    return { database, repos };
  } catch (error) {
    await database.close();
    throw error;
  }
};

export const withStore = async <T>(
  config: Config,
  options: { seedIfEmpty?: boolean },
  work: (store: Store) => Promise<T>,
): Promise<T> => {
  const store = await openStore(config, options);
  try {
    return await work(store);
  } finally {
    await store.database.close();
  }
};
