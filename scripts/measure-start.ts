import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../src/config.ts";

/**
 * Prints, never asserts: how long the real server (src/server/main.ts on embedded PGlite) takes
 * from process start to its first answers, on a fresh database (the first run seeds everything)
 * and again on the same database (the seed skips unchanged records). `npm run measure:start`.
 * The web app is not built here: run `npm run build:web` first if you want it served.
 */
const PORT = Number(process.env.PORT ?? 3199);
const PROBES = ["/api/health", "/api/localities?limit=1", "/api/match?from=TH-50"];

const waitFor = async (url: string, started: number, isAlive: () => boolean): Promise<number> => {
  for (;;) {
    if (!isAlive()) throw new Error("the server exited before answering");
    try {
      const response = await fetch(url);
      if (response.ok) {
        await response.arrayBuffer();
        return performance.now() - started;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const run = async (label: string, dbDir: string) => {
  const started = performance.now();
  const server = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "server", "main.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", JUBKOO_DB_DIR: dbDir, DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const isAlive = () => server.exitCode === null;
  try {
    const times: string[] = [];
    for (const probe of PROBES) {
      const ms = await waitFor(`http://127.0.0.1:${PORT}${probe}`, started, isAlive);
      times.push(`${probe} ${(ms / 1000).toFixed(1)} s`);
    }
    console.log(`${label.padEnd(36)} ${times.join("   ")}`);
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
};

const dbDir = mkdtempSync(join(tmpdir(), "jubkoo-measure-start-"));
try {
  console.log("Time from process start to the first successful answer of each probe, in order:");
  await run("first run (empty database, full seed)", dbDir);
  await run("second run (same database)", dbDir);
} finally {
  rmSync(dbDir, { recursive: true, force: true });
}
