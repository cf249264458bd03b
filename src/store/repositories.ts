import type { Db } from "./database.ts";
import { createLocalitiesRepository } from "./localities.repository.ts";
import { createNeedsOffersRepository } from "./needs-offers.repository.ts";
import { createOrganisationsRepository } from "./organisations.repository.ts";
import { createPlacesRepository } from "./places.repository.ts";
import { createReferenceRepository } from "./reference.repository.ts";
import { createRelationsRepository } from "./relations.repository.ts";
import { createTaxonomyRepository } from "./taxonomy.repository.ts";

export const createRepositories = (db: Db) => ({
  localities: createLocalitiesRepository(db),
  relations: createRelationsRepository(db),
  organisations: createOrganisationsRepository(db),
  needsOffers: createNeedsOffersRepository(db),
  places: createPlacesRepository(db),
  taxonomy: createTaxonomyRepository(db),
  reference: createReferenceRepository(db),
});

export type Repositories = ReturnType<typeof createRepositories>;
