import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededApp, TEST_SETTINGS } from "../../../../tests/support/test-app.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";

/** Issue 9, point 5: a full matching queue answers 503 with Retry-After, in the documented shape. */
describe(`matching under load on ${testEngine()}`, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await seededApp({
      settings: { ...TEST_SETTINGS, matcher: { workers: 1, queue: 1, cacheEntries: 0 } },
    });
  });
  afterAll(() => app.close());

  it("answers what fits in the queue and refuses the rest as busy, in the reader's language", async () => {
    expect((await app.inject("/api/match?from=TH-10")).statusCode).toBe(200);
    const sources = ["TH-10", "TH-50", "TH-50-chiang-mai-city", "JP-16", "JP-40", "JP-16204", "TH-10", "JP-16"];
    const responses = await Promise.all(
      sources.map((from, index) =>
        app.inject({ url: `/api/match?from=${from}&limit=${index + 1}`, headers: { "accept-language": "ja" } }),
      ),
    );
    const busy = responses.filter((response) => response.statusCode === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(responses.filter((response) => response.statusCode === 200).length).toBeGreaterThanOrEqual(2);
    for (const response of busy) {
      expect(response.headers["retry-after"]).toMatch(/^[1-9]\d*$/);
      expect(response.json()).toEqual({ error: { code: "busy", message: expect.stringMatching(/混み合っています/) } });
    }
  });

  it("caps the inputs that cost CPU", async () => {
    expect((await app.inject(`/api/match/pairs?issue=${"w".repeat(101)}`)).statusCode).toBe(400);
    expect((await app.inject("/api/match/pairs?issue=waste&limit=51")).statusCode).toBe(400);
    expect((await app.inject("/api/match?from=TH-10&limit=101")).statusCode).toBe(400);
  });
});
