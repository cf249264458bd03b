import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderState } from "./support/folder-state.ts";
import { startServer } from "./support/server-process.ts";

/** Distinct, expensive questions (the whole dataset, the largest limit), so none is answered from a cache. */
const ISSUES = ["waste management", "ageing society", "tourism", "agriculture"];

/** Issue 9, point 16: SIGTERM stops accepting, finishes requests in flight, closes the database. */
const startWithHeavyRequests = async (deadlineSeconds: number) => {
  const dir = join(mkdtempSync(join(tmpdir(), "jubkoo-shutdown-")), "db");
  const server = await startServer({
    JUBKOO_DB_DIR: dir,
    LOG_LEVEL: "debug",
    SHUTDOWN_TIMEOUT_SECONDS: String(deadlineSeconds),
  });
  const state = { signalled: false };
  // A connection cut at the deadline may fail before the answer's headers or in the middle of its
  // body: both are a request that did not finish (status 0), never an unhandled rejection.
  const answers = ISSUES.map((issue) =>
    fetch(`${server.url}/api/match/pairs?issue=${encodeURIComponent(issue)}&limit=50`)
      .then(async (response) => ({
        status: response.status,
        results: ((await response.json()) as { results?: unknown[] }).results?.length ?? 0,
        afterSignal: state.signalled,
      }))
      .catch(() => ({ status: 0, results: 0, afterSignal: state.signalled })),
  );
  const arrived = (output: string) =>
    output.split("\n").filter((line) => line.includes("incoming request") && line.includes("/api/match/pairs"))
      .length === ISSUES.length;
  expect(await server.waitFor(arrived, 60_000)).toBe(true);
  server.child.kill("SIGTERM");
  state.signalled = true;
  return { dir, server, answers };
};

describe("graceful shutdown", () => {
  it("finishes requests in flight, refuses new ones, closes the database and exits 0", async () => {
    const { dir, server, answers } = await startWithHeavyRequests(120);
    expect(await server.waitFor(/shutting down/)).toBe(true);
    const late = await fetch(`${server.url}/api/health`).then(
      (response) => response.status,
      () => "refused",
    );
    expect([503, "refused"]).toContain(late);
    const finished = await Promise.all(answers);
    expect(finished.map((answer) => answer.status)).toEqual(ISSUES.map(() => 200));
    expect(finished.every((answer) => answer.results > 0)).toBe(true);
    expect(finished.some((answer) => answer.afterSignal)).toBe(true);
    expect(await server.exited, server.output().slice(-3000)).toBe(0);
    expect(server.output()).toMatch(/shut down cleanly/);
    // The database was closed and the folder's lock released: another process opens it at once.
    expect((await folderState(dir)).problems).toEqual([]);
  });

  it("gives up on requests still running at the deadline and exits 1", async () => {
    const { server, answers } = await startWithHeavyRequests(1);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/requests still running at the shutdown deadline/);
    expect((await Promise.all(answers)).some((answer) => answer.status !== 200)).toBe(true);
  });
});
