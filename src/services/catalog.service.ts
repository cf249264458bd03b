import { buildCatalog, type Catalog } from "../catalog/catalog.ts";
import type { Repositories } from "../store/repositories.ts";
import { readReferenceData } from "./reference-data.service.ts";

/** The indexed catalog of what the database holds now. */
export const loadCatalog = async (repos: Repositories): Promise<Catalog> =>
  buildCatalog(await readReferenceData(repos));

/**
 * Matching reads the whole dataset, so the server keeps one catalog and rebuilds it only after a
 * write (seed or import) marks it stale.
 */
export const createCatalogCache = (repos: Repositories) => {
  let current: Promise<Catalog> | undefined;
  return {
    get: (): Promise<Catalog> => {
      current ??= loadCatalog(repos).catch((error: unknown) => {
        current = undefined;
        throw error;
      });
      return current;
    },
    invalidate: () => {
      current = undefined;
    },
  };
};

export type CatalogCache = ReturnType<typeof createCatalogCache>;
