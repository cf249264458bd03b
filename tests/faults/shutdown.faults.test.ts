import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderState } from "./support/folder-state.ts";
import { startServer } from "./support/server-process.ts";

/** Distinct, expensive questions (the whole dataset, the largest limit), so none is answered from a cache. */
const ISSUES = ["waste management", "ageing society", "tourism", "agriculture"];

/**
 * A sign-in whose body arrives only when the test says so: a request in flight however fast the
 * server answers (the heavy questions alone can finish before a 1 s deadline since the compiled
 * scorer came, so they cannot be what holds the server). `status` is the answer's status, or 0
 * when the connection was cut first.
 */
const startSlowUpload = (url: string) => {
  const body = JSON.stringify({ email: "slow@example.org", password: "not the password" });
  const upload = request(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
  });
  const status = new Promise<number>((resolve) => {
    upload.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    upload.on("error", () => resolve(0));
  });
  upload.write(body.slice(0, 10));
  return { status, finish: () => upload.end(body.slice(10)) };
};

/** Issue 9, point 16: SIGTERM stops accepting, finishes requests in flight, closes the database. */
const startWithRequestsInFlight = async (deadlineSeconds: number) => {
  const dir = join(mkdtempSync(join(tmpdir(), "jubkoo-shutdown-")), "db");
  const server = await startServer({
    JUBKOO_DB_DIR: dir,
    LOG_LEVEL: "debug",
    SHUTDOWN_TIMEOUT_SECONDS: String(deadlineSeconds),
  });
  // A connection cut at the deadline may fail before the answer's headers or in the middle of its
  // body: both are a request that did not finish (status 0), never an unhandled rejection.
  const answers = ISSUES.map((issue) =>
    fetch(`${server.url}/api/match/pairs?issue=${encodeURIComponent(issue)}&limit=50`)
      .then(async (response) => ({
        status: response.status,
        results: ((await response.json()) as { results?: unknown[] }).results?.length ?? 0,
      }))
      .catch(() => ({ status: 0, results: 0 })),
  );
  const upload = startSlowUpload(server.url);
  const arrivals = (output: string, path: string) =>
    output.split("\n").filter((line) => line.includes("incoming request") && line.includes(path)).length;
  const arrived = (output: string) =>
    arrivals(output, "/api/match/pairs") === ISSUES.length && arrivals(output, "/api/session") === 1;
  expect(await server.waitFor(arrived, 60_000)).toBe(true);
  server.child.kill("SIGTERM");
  return { dir, server, answers, upload };
};

describe("graceful shutdown", () => {
  it("finishes requests in flight, refuses new ones, closes the database and exits 0", async () => {
    const { dir, server, answers, upload } = await startWithRequestsInFlight(120);
    expect(await server.waitFor(/shutting down/)).toBe(true);
    const late = await fetch(`${server.url}/api/health`).then(
      (response) => response.status,
      () => "refused",
    );
    expect([503, "refused"]).toContain(late);
    // The sign-in's body arrives only now, after the signal: it is still answered (refused as a
    // sign-in without a CSRF token or with a wrong password, but answered, not cut).
    upload.finish();
    expect(await upload.status).toBeGreaterThanOrEqual(400);
    const finished = await Promise.all(answers);
    expect(finished.map((answer) => answer.status)).toEqual(ISSUES.map(() => 200));
    expect(finished.every((answer) => answer.results > 0)).toBe(true);
    expect(await server.exited, server.output().slice(-3000)).toBe(0);
    expect(server.output()).toMatch(/shut down cleanly/);
    // The database was closed and the folder's lock released: another process opens it at once.
    expect((await folderState(dir)).problems).toEqual([]);
  });

  it("gives up on requests still running at the deadline and exits 1", async () => {
    const { server, answers, upload } = await startWithRequestsInFlight(1);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/requests still running at the shutdown deadline/);
    expect(await upload.status).toBe(0);
    // The questions may or may not have been answered by the deadline; none is left hanging.
    expect((await Promise.all(answers)).every((answer) => [0, 200].includes(answer.status))).toBe(true);
  });
});
