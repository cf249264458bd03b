import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenOnLoopback, rawRequest } from "../../../tests/support/raw-http.ts";
import { makeWebDir, seededApp, TEST_SETTINGS } from "../../../tests/support/test-app.ts";
import { testEngine } from "../../../tests/support/test-database.ts";
import { loadConfig } from "../../config.ts";

describe(`caching and security headers on ${testEngine()} (issue 9, points 10 and 11)`, () => {
  let app: FastifyInstance;
  let behindProxy: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    const webDir = makeWebDir();
    app = await seededApp({ webDir });
    port = await listenOnLoopback(app);
    behindProxy = await seededApp({ webDir, settings: { ...TEST_SETTINGS, trustProxy: ["127.0.0.1"] } });
  });
  afterAll(async () => {
    await app.close();
    await behindProxy.close();
  });

  it("sends the shell with no-cache, so an upgrade's new assets are found", async () => {
    for (const url of ["/", "/atlas", "/localities/TH-50", "/th/match?from=TH-10"]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("no-cache");
    }
  });

  it("keeps hashed assets for a year, immutable", async () => {
    const response = await app.inject("/assets/app-3f9a1c.js");
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toMatch(/max-age=31536000.*immutable/);
  });

  it("lets browsers keep API answers only if they ask again, and never errors or health", async () => {
    expect((await app.inject("/api/localities")).headers["cache-control"]).toBe("no-cache");
    expect((await app.inject("/api/localities/TH-99")).headers["cache-control"]).toBe("no-store");
    expect((await app.inject("/api/health")).headers["cache-control"]).toBe("no-store");
  });

  it("answers a path that escapes the assets folder as forbidden or not found, in the documented shape", async () => {
    const response = await rawRequest(
      port,
      "GET /assets/%2e%2e/index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
  });

  it("sends a Content-Security-Policy that allows only this server", async () => {
    const csp = (await app.inject("/")).headers["content-security-policy"];
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|upgrade-insecure-requests|https:/);
  });

  it("sends HSTS only over HTTPS, and believes X-Forwarded-Proto only from a trusted proxy", async () => {
    const forwarded = { headers: { "x-forwarded-proto": "https" } };
    expect((await app.inject("/api/health")).headers["strict-transport-security"]).toBeUndefined();
    expect(
      (await app.inject({ url: "/api/health", ...forwarded })).headers["strict-transport-security"],
    ).toBeUndefined();
    const https = await behindProxy.inject({ url: "/api/health", ...forwarded });
    expect(https.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  it("binds to loopback unless HOST says otherwise", () => {
    expect(loadConfig({}).host).toBe("127.0.0.1");
    expect(loadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });
});
