import { createActivitiesRepository } from "./activities.repository.ts";
import { createAnnualReportsRepository } from "./annual-reports.repository.ts";
import { createAuditRepository } from "./audit.repository.ts";
import type { Db } from "./database.ts";
import { createDocumentsRepository } from "./documents.repository.ts";
import { createHandoversRepository } from "./handovers.repository.ts";
import { createLocalitiesRepository } from "./localities.repository.ts";
import { createNeedsOffersRepository } from "./needs-offers.repository.ts";
import { createNoticesRepository } from "./notices.repository.ts";
import { createObjectivesRepository } from "./objectives.repository.ts";
import { createOrganisationsRepository } from "./organisations.repository.ts";
import { createPlacesRepository } from "./places.repository.ts";
import { createPreferencesRepository } from "./preferences.repository.ts";
import { createProposalsRepository } from "./proposals.repository.ts";
import { createRecommendationsRepository } from "./recommendations.repository.ts";
import { createRecordsRepository } from "./records.repository.ts";
import { createReferenceRepository } from "./reference.repository.ts";
import { createRelationsRepository } from "./relations.repository.ts";
import { createSessionsRepository } from "./sessions.repository.ts";
import { createSettingsRepository } from "./settings.repository.ts";
import { createSubmissionsRepository } from "./submissions.repository.ts";
import { createTaxonomyRepository } from "./taxonomy.repository.ts";
import { createThrottleRepository } from "./throttle.repository.ts";
import { createTokensRepository } from "./tokens.repository.ts";
import { createTripsRepository } from "./trips.repository.ts";
import { createUsersRepository } from "./users.repository.ts";
import { takeWriteLock } from "./write-lock.ts";

const repositoriesOn = (db: Db) => ({
  localities: createLocalitiesRepository(db),
  relations: createRelationsRepository(db),
  organisations: createOrganisationsRepository(db),
  needsOffers: createNeedsOffersRepository(db),
  places: createPlacesRepository(db),
  taxonomy: createTaxonomyRepository(db),
  reference: createReferenceRepository(db),
  records: createRecordsRepository(db),
  users: createUsersRepository(db),
  sessions: createSessionsRepository(db),
  tokens: createTokensRepository(db),
  throttle: createThrottleRepository(db),
  audit: createAuditRepository(db),
  submissions: createSubmissionsRepository(db),
  recommendations: createRecommendationsRepository(db),
  settings: createSettingsRepository(db),
  notices: createNoticesRepository(db),
  proposals: createProposalsRepository(db),
  trips: createTripsRepository(db),
  documents: createDocumentsRepository(db),
  activities: createActivitiesRepository(db),
  objectives: createObjectivesRepository(db),
  handovers: createHandoversRepository(db),
  annualReports: createAnnualReportsRepository(db),
  preferences: createPreferencesRepository(db),
});

export type Repositories = ReturnType<typeof repositoriesOn> & {
  /**
   * Runs `work` in one transaction that holds the dataset write lock, with repositories bound to
   * it: what it reads cannot change under it before it writes, in any process or instance.
   */
  exclusive: <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;
};

export const createRepositories = (db: Db): Repositories => ({
  ...repositoriesOn(db),
  exclusive: (work) =>
    db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      await takeWriteLock(tx);
      return work(createRepositories(tx));
    }),
});
