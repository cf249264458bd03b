import { createAuditRepository } from "./audit.repository.ts";
import type { Db } from "./database.ts";
import { createLocalitiesRepository } from "./localities.repository.ts";
import { createNeedsOffersRepository } from "./needs-offers.repository.ts";
import { createNoticesRepository } from "./notices.repository.ts";
import { createOrganisationsRepository } from "./organisations.repository.ts";
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
import { createUsersRepository } from "./users.repository.ts";

export const createRepositories = (db: Db) => ({
  localities: createLocalitiesRepository(db),
  relations: createRelationsRepository(db),
  organisations: createOrganisationsRepository(db),
  needsOffers: createNeedsOffersRepository(db),
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
});

export type Repositories = ReturnType<typeof createRepositories>;
