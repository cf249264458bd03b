import type { ReferenceData } from "../catalog/reference-data.ts";
import type { Repositories } from "../store/repositories.ts";

/** The whole dataset as the database holds it now, reference and user records together. */
export const readReferenceData = async (
  repos: Pick<Repositories, "localities" | "relations" | "organisations" | "needsOffers" | "taxonomy">,
): Promise<ReferenceData> => {
  const [issues, designations, datasets, localities, organisations, relations, needsOffers] = await Promise.all([
    repos.taxonomy.issues(),
    repos.taxonomy.designations(),
    repos.taxonomy.datasets(),
    repos.localities.list(),
    repos.organisations.list(),
    repos.relations.list(),
    repos.needsOffers.list(),
  ]);
  return {
    issues,
    designations,
    datasets,
    localities: localities.items,
    organisations: organisations.items,
    relations: relations.items,
    needsOffers,
  };
};
