import { buildCatalog, type Catalog } from "../catalog/catalog.ts";
import type { ReferenceData } from "../catalog/reference-data.ts";
import type { Repositories } from "../store/repositories.ts";
import { readReferenceData } from "./reference-data.service.ts";

/** The indexed catalog of what the database holds now. */
export const loadCatalog = async (repos: Repositories): Promise<Catalog> =>
  buildCatalog(await readReferenceData(repos));

/** One state of the data: `version` grows by one at every invalidation. */
export type CatalogSnapshot = { version: number; data: ReferenceData; catalog: Catalog };

/**
 * Matching reads the whole dataset, so the server keeps one catalog and rebuilds it only after a
 * write marks it stale (`invalidate()`: seed, import, every user write; with several instances,
 * a PostgreSQL NOTIFY). Caches built on it (matching answers, API answers, worker threads) key
 * on `version` or listen with `onInvalidate`, so an edit shows in the very next answer.
 */
export const createCatalogCache = (repos: Repositories) => {
  let version = 0;
  let current: Promise<CatalogSnapshot> | undefined;
  const listeners = new Set<(version: number) => void>();
  const snapshot = (): Promise<CatalogSnapshot> => {
    if (!current) {
      const loading = version;
      current = readReferenceData(repos).then(
        (data) => ({ version: loading, data, catalog: buildCatalog(data) }),
        (error: unknown) => {
          current = undefined;
          throw error;
        },
      );
    }
    return current;
  };
  return {
    get: async (): Promise<Catalog> => (await snapshot()).catalog,
    snapshot,
    /** The current data version; answers computed for an older one are stale. */
    version: (): number => version,
    invalidate: (): void => {
      version++;
      current = undefined;
      for (const listener of listeners) listener(version);
    },
    onInvalidate: (listener: (version: number) => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export type CatalogCache = ReturnType<typeof createCatalogCache>;
