import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../src/config.ts";
import { METRICS_FILE } from "./support/artifacts.ts";
import { startServer } from "./support/server.ts";

/**
 * npm run test:e2e: build the web app if needed, start the real server on a free port with a
 * throwaway database, run the browser specs with node's test runner, stop the server.
 */
const build = spawnSync(process.execPath, [join(ROOT, "scripts", "ensure-web-build.mjs")], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log("[e2e] starting the server with a throwaway embedded database …");
rmSync(METRICS_FILE, { force: true });
const server = await startServer({ quiet: process.env.E2E_SERVER_LOGS !== "1", withAdmin: true });
console.log(`[e2e] server ready at ${server.url}`);

// `npm run test:e2e -- match registry` runs only the specs whose names contain one of the words.
const only = process.argv.slice(2);
const specs = readdirSync(join(ROOT, "e2e", "specs"))
  .filter((name) => name.endsWith(".spec.ts") && (only.length === 0 || only.some((word) => name.includes(word))))
  .sort()
  .map((name) => join("e2e", "specs", name));
const run = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=1", "--test-reporter=spec", ...specs],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      JUBKOO_E2E_URL: server.url,
      JUBKOO_E2E_ADMIN_EMAIL: server.admin?.email ?? "",
      JUBKOO_E2E_ADMIN_PASSWORD: server.admin?.password ?? "",
    },
  },
);

await server.stop();
console.log("[e2e] server stopped");
process.exit(run.status ?? 1);
