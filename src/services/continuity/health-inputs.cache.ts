import type { LogsAndPlans } from "../../domain/rules/health-of-relation.ts";
import type { Repositories } from "../../store/repositories.ts";
import type { CatalogCache } from "../catalog.service.ts";

/**
 * Every relation's activity log and plan, kept beside the catalog so that the pages served from
 * the catalog (a locality's profile, the national statistics) suggest statuses by the same health
 * rule as the registry and the relation page, without a query per request. Dropped whenever the
 * catalog is (every data write, here or on another instance) and whenever a log or plan changes
 * (`invalidate`, after a commit here; the NOTIFY payload "activity" from another instance).
 */
export const createHealthInputsCache = (
  repos: Pick<Repositories, "activities" | "objectives">,
  catalogs: Pick<CatalogCache, "onInvalidate">,
) => {
  let current: Promise<LogsAndPlans> | undefined;
  const invalidate = (): void => {
    current = undefined;
  };
  catalogs.onInvalidate(invalidate);
  return {
    get: (): Promise<LogsAndPlans> => {
      if (!current) {
        const loading = Promise.all([repos.activities.forRelations(), repos.objectives.forRelations()]).then(
          ([logs, plans]) => ({ logs, plans }),
          (error: unknown) => {
            if (current === loading) current = undefined;
            throw error;
          },
        );
        current = loading;
      }
      return current;
    },
    invalidate,
  };
};

export type HealthInputsCache = ReturnType<typeof createHealthInputsCache>;
