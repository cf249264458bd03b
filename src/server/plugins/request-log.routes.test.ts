import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { seededApp } from "../../../tests/support/test-app.ts";
import { testEngine } from "../../../tests/support/test-database.ts";
import type { ServerSettings } from "../settings.ts";
import { redactUrl } from "./request-log.ts";

const SECRET = "s3cret-Value-42";

/** The app with its log captured as the lines it writes. */
const loggedApp = async (level: ServerSettings["logLevel"]) => {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean)));
  const app = await seededApp({ log: { level, stream } });
  return { app, lines };
};

const traffic = async (app: FastifyInstance) => {
  await app.inject({ url: "/api/health", headers: { cookie: `session=${SECRET}`, authorization: `Bearer ${SECRET}` } });
  await app.inject(`/api/localities?q=Chiang&token=${SECRET}&password=${SECRET}`);
  await app.inject({
    method: "POST",
    url: "/api/session",
    headers: { cookie: `session=${SECRET}` },
    payload: { email: "a@example.org", password: SECRET },
  });
  await app.inject("/api/localities/TH-99");
};

describe(`structured logs on ${testEngine()} (issue 9, point 12)`, () => {
  let app: FastifyInstance | undefined;
  afterEach(() => app?.close());

  it("writes no line for a successful request at info", async () => {
    const logged = await loggedApp("info");
    app = logged.app;
    await traffic(app);
    expect(logged.lines.filter((line) => /request|route/.test(line))).toEqual([]);
  });

  it("writes JSON lines with a level and a request id at debug, and never a credential", async () => {
    const logged = await loggedApp("debug");
    app = logged.app;
    await traffic(app);
    const entries = logged.lines.map((line) => JSON.parse(line) as { level: number; reqId?: string; msg: string });
    const requests = entries.filter((entry) => entry.reqId);
    expect(requests.length).toBeGreaterThanOrEqual(8);
    expect(new Set(requests.map((entry) => entry.reqId)).size).toBe(4);
    expect(
      requests.every((entry) => typeof entry.level === "number" && /^[0-9a-f-]{36}$/.test(entry.reqId ?? "")),
    ).toBe(true);
    expect(logged.lines.join("\n")).not.toContain(SECRET);
    expect(logged.lines.join("\n")).toContain("token=[redacted]");
  });

  it("redacts secret query values and keeps the rest", () => {
    expect(redactUrl("/reset?token=abc&lang=th")).toBe("/reset?token=[redacted]&lang=th");
    expect(redactUrl("/api/localities?q=x")).toBe("/api/localities?q=x");
  });
});
