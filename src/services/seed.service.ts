import { dataFingerprint } from "../catalog/fingerprint.ts";
import { loadReferenceData } from "../catalog/load.ts";
import type { SeedSummary } from "../store/reference.repository.ts";
import type { Repositories } from "../store/repositories.ts";
import { ValidationFailed } from "./errors.ts";
import { queueReferenceUpdate } from "./review/reference-updates.ts";

export type SeedOptions = {
  dataDir: string;
  reportLineCount?: number | undefined;
  replaceAll?: boolean;
  /** Recorded with the seed, so a later start can tell the data has not changed (open-store.ts). */
  fingerprint?: string;
};

/**
 * Loads data/, refuses to write anything if any record is invalid, then syncs the database in
 * one transaction. Idempotent; records users entered or edited are kept.
 */
export const seedDatabase = async (
  repos: Pick<Repositories, "reference">,
  options: SeedOptions,
): Promise<SeedSummary> => {
  const { data, places, problems } = loadReferenceData(options.dataDir, {
    ...(options.reportLineCount === undefined ? {} : { reportLineCount: options.reportLineCount }),
  });
  if (problems.length > 0)
    throw new ValidationFailed(problems, `the reference data has ${problems.length} problem(s); nothing was written`);
  return repos.reference.sync(data, {
    replaceAll: options.replaceAll ?? false,
    onUserEdited: queueReferenceUpdate,
    places,
    ...(options.fingerprint ? { fingerprint: options.fingerprint } : {}),
  });
};

/**
 * What a server start does: seed, unless the data files are byte for byte those of the last seed.
 * Parsing and validating data/ is most of a start's work, and most starts change nothing.
 */
export const seedIfChanged = async (
  repos: Pick<Repositories, "reference">,
  options: Pick<SeedOptions, "dataDir" | "reportLineCount">,
): Promise<"seeded" | "unchanged"> => {
  const fingerprint = dataFingerprint(options.dataDir, `report:${options.reportLineCount ?? "none"}`);
  if ((await repos.reference.lastSeedFingerprint()) === fingerprint) return "unchanged";
  await seedDatabase(repos, { ...options, fingerprint });
  return "seeded";
};
