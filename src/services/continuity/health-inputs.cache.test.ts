import { describe, expect, it } from "vitest";
import type { LoggedActivity } from "../../domain/activity.ts";
import type { Objective } from "../../domain/objectives.ts";
import { createHealthInputsCache } from "./health-inputs.cache.ts";

/** Repositories that count their reads: the cache reads once per data version. */
const counting = () => {
  const reads = { activities: 0, objectives: 0 };
  const repos = {
    activities: {
      forRelations: async () => {
        reads.activities++;
        return new Map<string, LoggedActivity[]>();
      },
    },
    objectives: {
      forRelations: async () => {
        reads.objectives++;
        return new Map<string, Objective[]>();
      },
    },
  };
  const listeners: Array<(version: number) => void> = [];
  const catalogs = {
    onInvalidate: (listener: (version: number) => void) => {
      listeners.push(listener);
      return () => undefined;
    },
  };
  const invalidateCatalog = () => {
    for (const listener of listeners) listener(1);
  };
  return { reads, repos, catalogs, invalidateCatalog };
};

describe("the health inputs kept beside the catalog", () => {
  it("reads the logs and plans once, and again only after a catalog or an activity invalidation", async () => {
    const { reads, repos, catalogs, invalidateCatalog } = counting();
    const cache = createHealthInputsCache(repos as never, catalogs);
    await cache.get();
    await cache.get();
    expect(reads).toEqual({ activities: 1, objectives: 1 });
    cache.invalidate();
    await cache.get();
    expect(reads).toEqual({ activities: 2, objectives: 2 });
    invalidateCatalog();
    await cache.get();
    await cache.get();
    expect(reads).toEqual({ activities: 3, objectives: 3 });
  });
});
