import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two engines, one suite. Every test runs on embedded PGlite; the database and HTTP tests run
 * again on a PostgreSQL server when DATABASE_URL is set. In CI the server suite is mandatory.
 */
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl && process.env.CI) {
  throw new Error("CI must run the PostgreSQL suite: set DATABASE_URL (see .ci/run)");
}
if (!serverUrl) {
  console.warn("[jubkoo] PostgreSQL suite skipped: no DATABASE_URL. Set it to run the database tests on a server too.");
}

const databaseTests = ["src/**/*.db.test.ts", "src/**/*.routes.test.ts", "tests/**/*.db.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts", "web/src/**/*.test.ts", "web/src/**/*.test.tsx"],
          // Real processes and folders, slower: `npm run test:faults` (vitest.faults.config.ts).
          exclude: [...configDefaults.exclude, "tests/faults/**"],
          // Test files in a worker share one PGlite (opening one costs seconds) and truncate between files.
          isolate: false,
          env: { JUBKOO_TEST_ENGINE: "pglite" },
        },
      },
      ...(serverUrl
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: databaseTests,
                isolate: false,
                env: { JUBKOO_TEST_ENGINE: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
