import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../src/config.ts";

export type Account = { email: string; password: string };
export type RunningServer = { url: string; stop: () => Promise<void>; admin?: Account };

/**
 * The first administrator, made the documented way (`jubkoo users create`, password on standard
 * input) against the throwaway database before the server opens it: the embedded database has one
 * owner at a time. Specs make every other account through the API or the pages.
 */
const createFirstAdmin = (dbDir: string, quiet: boolean): Account => {
  const admin = { email: "admin@e2e.jubkoo.test", password: `e2e-${randomBytes(12).toString("hex")}` };
  const created = spawnSync(
    process.execPath,
    [join(ROOT, "bin", "jubkoo"), "users", "create", "--email", admin.email, "--role", "admin", "--name", "E2E Admin"],
    {
      cwd: ROOT,
      input: `${admin.password}\n`,
      env: { ...process.env, JUBKOO_DB_DIR: dbDir, DATABASE_URL: "" },
      stdio: ["pipe", quiet ? "ignore" : "inherit", "inherit"],
      timeout: 300_000,
    },
  );
  if (created.status !== 0) throw new Error(`users create exited with ${created.status}`);
  return admin;
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

const waitForHealth = async (url: string, server: ChildProcess, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early (code ${server.exitCode})`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
};

/**
 * The real server (src/server/main.ts) on a free port with a throwaway embedded database; it seeds
 * the reference data from data/ (or JUBKOO_DATA_DIR) on start.
 */
export const startServer = async (options: { quiet?: boolean; withAdmin?: boolean } = {}): Promise<RunningServer> => {
  const port = await freePort();
  const dbDir = mkdtempSync(join(tmpdir(), "jubkoo-e2e-db-"));
  const admin = options.withAdmin ? createFirstAdmin(dbDir, options.quiet ?? false) : undefined;
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "server", "main.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", JUBKOO_DB_DIR: dbDir, DATABASE_URL: "" },
    stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit"],
  });
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    rmSync(dbDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, server, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, ...(admin ? { admin } : {}) };
};
