import { loadReferenceData } from "../catalog/load.ts";
import type { SeedSummary } from "../store/reference.repository.ts";
import type { Repositories } from "../store/repositories.ts";
import { ValidationFailed } from "./errors.ts";
import { queueReferenceUpdate } from "./review/reference-updates.ts";

export type SeedOptions = { dataDir: string; reportLineCount?: number | undefined; replaceAll?: boolean };

/**
 * Loads data/, refuses to write anything if any record is invalid, then syncs the database in
 * one transaction. Idempotent; records users entered or edited are kept.
 */
export const seedDatabase = async (
  repos: Pick<Repositories, "reference">,
  options: SeedOptions,
): Promise<SeedSummary> => {
  const { data, problems } = loadReferenceData(options.dataDir, {
    ...(options.reportLineCount === undefined ? {} : { reportLineCount: options.reportLineCount }),
  });
  if (problems.length > 0)
    throw new ValidationFailed(problems, `the reference data has ${problems.length} problem(s); nothing was written`);
  return repos.reference.sync(data, { replaceAll: options.replaceAll ?? false, onUserEdited: queueReferenceUpdate });
};
