import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type AppDeps, buildApp } from "../../src/server/app.ts";
import { seedDatabase } from "../../src/services/seed.service.ts";
import { makeFixtureDataDir } from "./fixture-data.ts";
import { freshRepositories } from "./test-database.ts";

/**
 * The real app on the worker's database, seeded with the fixture dataset; HTTP runs in-process.
 * `options` sets what a test exercises (settings, logs, a web app folder).
 */
export const seededApp = async (
  options: Partial<Pick<AppDeps, "settings" | "log" | "webDir">> = {},
): Promise<FastifyInstance> => {
  const { database, repos } = await freshRepositories();
  const dataDir = makeFixtureDataDir();
  await seedDatabase(repos, { dataDir });
  return buildApp({ repos, database, dataDir, ...options });
};

/** A built web app in miniature: the shell and one hashed asset, as Vite writes them. */
export const makeWebDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "jubkoo-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><script type="module" src="/assets/app-3f9a1c.js"></script>');
  writeFileSync(join(dir, "assets", "app-3f9a1c.js"), "console.log('jubkoo');");
  return dir;
};
