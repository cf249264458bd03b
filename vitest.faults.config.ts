import { defineConfig } from "vitest/config";

/**
 * Fault tests (issue 9): real processes on real folders — concurrent writers, kill -9, damaged
 * database folders, shutdown under load, import memory. Slower than `npm test`; CI runs both.
 * One file at a time: each spawns servers and CLIs that compete for the two cores.
 */
export default defineConfig({
  test: {
    include: ["tests/faults/**/*.faults.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { JUBKOO_TEST_ENGINE: "pglite" },
  },
});
