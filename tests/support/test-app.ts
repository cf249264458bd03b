import type { FastifyInstance } from "fastify";
import { type AppDeps, buildApp } from "../../src/server/app.ts";
import { seedDatabase } from "../../src/services/seed.service.ts";
import { makeFixtureDataDir } from "./fixture-data.ts";
import { freshRepositories } from "./test-database.ts";

/** The real app on the worker's database, seeded with the fixture dataset; HTTP runs in-process. */
export const seededApp = async (options: Pick<AppDeps, "reportPath"> = {}): Promise<FastifyInstance> => {
  const { database, repos } = await freshRepositories();
  const dataDir = makeFixtureDataDir();
  await seedDatabase(repos, { dataDir });
  return buildApp({ repos, database, dataDir, ...options });
};
