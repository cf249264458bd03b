import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type AppDeps, buildApp } from "../../src/server/app.ts";
import { DEFAULT_SETTINGS, type ServerSettings } from "../../src/server/settings.ts";
import { seedDatabase } from "../../src/services/seed.service.ts";
import { makeFixtureDataDir } from "./fixture-data.ts";
import { freshRepositories } from "./test-database.ts";

/** Production settings, but matching in the request's thread: a worker thread costs a second to start. */
export const TEST_SETTINGS: ServerSettings = {
  ...DEFAULT_SETTINGS,
  matcher: { ...DEFAULT_SETTINGS.matcher, workers: 0 },
};

/**
 * The real app on the worker's database, seeded with the fixture dataset; HTTP runs in-process.
 * `options` sets what a test exercises (settings, logs, a web app folder).
 */
export const seededApp = async (
  options: Partial<Pick<AppDeps, "settings" | "log" | "webDir" | "reportPath">> = {},
): Promise<FastifyInstance> => {
  const { database, repos } = await freshRepositories();
  const dataDir = makeFixtureDataDir();
  await seedDatabase(repos, { dataDir });
  return buildApp({ repos, database, dataDir, settings: TEST_SETTINGS, ...options });
};

/** A built web app in miniature: the shell and one hashed asset, as Vite writes them. */
export const makeWebDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "jubkoo-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><script type="module" src="/assets/app-3f9a1c.js"></script>');
  writeFileSync(join(dir, "assets", "app-3f9a1c.js"), "console.log('jubkoo');");
  return dir;
};
