import type { FastifyInstance, FastifyRequest } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWebDir, seededApp, TEST_SETTINGS } from "../../../tests/support/test-app.ts";
import { testEngine } from "../../../tests/support/test-database.ts";
import { loadServerSettings, type ServerSettings } from "../settings.ts";
import { rateLimitKey } from "./rate-limit.ts";

const limits = (trustProxy: ServerSettings["trustProxy"]): ServerSettings => ({
  ...TEST_SETTINGS,
  trustProxy,
  rateLimit: { max: 4, heavyMax: 2, windowMs: 60_000 },
});

describe(`rate limiting on ${testEngine()} (issue 9, point 6)`, () => {
  let direct: FastifyInstance;
  let proxied: FastifyInstance;
  beforeAll(async () => {
    direct = await seededApp({ settings: limits(false) });
    proxied = await seededApp({ settings: limits(["127.0.0.1"]), webDir: makeWebDir() });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  const statuses = async (app: FastifyInstance, urls: string[], headers: Record<string, string> = {}) => {
    const codes: number[] = [];
    for (const url of urls) codes.push((await app.inject({ url, headers })).statusCode);
    return codes;
  };

  it("counts the route as routed: /%61pi/ is /api/ and cannot bypass the limit", async () => {
    const headers = { "x-forwarded-for": "198.51.100.1" };
    const codes = await statuses(proxied, Array(4).fill("/api/health"), headers);
    expect(codes).toEqual([200, 200, 200, 200]);
    const bypass = await proxied.inject({ url: "/%61pi/health", headers });
    expect(bypass.statusCode).toBe(429);
    expect(bypass.headers["retry-after"]).toMatch(/^\d+$/);
    expect(bypass.json().error.code).toBe("rate_limited");
  });

  it("believes X-Forwarded-For only when TRUST_PROXY names the proxy", async () => {
    // Trusted: two clients behind the proxy have a budget each.
    expect(await statuses(proxied, Array(4).fill("/api/issues"), { "x-forwarded-for": "198.51.100.2" })).toEqual(
      Array(4).fill(200),
    );
    expect(
      (await proxied.inject({ url: "/api/issues", headers: { "x-forwarded-for": "198.51.100.3" } })).statusCode,
    ).toBe(200);
    // Not trusted: a forged header does not buy a fresh budget.
    const forged = ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"];
    const codes: number[] = [];
    for (const address of forged) {
      codes.push((await direct.inject({ url: "/api/issues", headers: { "x-forwarded-for": address } })).statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 200, 429]);
  });

  it("gives matching its own, smaller budget, so cheap requests stay possible", async () => {
    const headers = { "x-forwarded-for": "198.51.100.9" };
    const heavy = await statuses(proxied, Array(3).fill("/api/match?from=TH-10"), headers);
    expect(heavy).toEqual([200, 200, 429]);
    expect(await statuses(proxied, ["/api/localities/TH-10"], headers)).toEqual([200]);
  });

  it("does not count the web app's files", async () => {
    const headers = { "x-forwarded-for": "198.51.100.10" };
    expect(await statuses(proxied, Array(6).fill("/atlas"), headers)).toEqual(Array(6).fill(200));
  });

  it("counts a signed-in user by account and a visitor by address (IPv6 per /64)", () => {
    const request = (ip: string, actor?: unknown) => ({ ip, actor }) as unknown as FastifyRequest;
    expect(rateLimitKey(request("10.1.2.3", { kind: "user", id: "u-17", role: "editor" }))).toBe("user:u-17");
    expect(rateLimitKey(request("10.1.2.3", { kind: "visitor" }))).toBe("ip:10.1.2.3");
    expect(rateLimitKey(request("10.1.2.3"))).toBe("ip:10.1.2.3");
    expect(rateLimitKey(request("2001:db8:1:2::5"))).toBe(rateLimitKey(request("2001:db8:1:2::9")));
  });

  it("reads its settings from the environment and refuses nonsense", () => {
    const settings = loadServerSettings({ TRUST_PROXY: "10.0.0.1, 10.0.0.2", RATE_LIMIT_MAX: "300" });
    expect(settings.trustProxy).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(settings.rateLimit.max).toBe(300);
    expect(loadServerSettings({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(() => loadServerSettings({ RATE_LIMIT_MAX: "lots" })).toThrow(/RATE_LIMIT_MAX/);
  });
});
