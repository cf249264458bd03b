import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededApp, TEST_SETTINGS } from "../../../../tests/support/test-app.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";

describe(`matching and overview API on ${testEngine()}`, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // Matching as in production: in a worker thread.
    app = await seededApp({ settings: { ...TEST_SETTINGS, matcher: { ...TEST_SETTINGS.matcher, workers: 1 } } });
  });
  afterAll(() => app.close());

  it("ranks partners with criteria, reasons in three languages and flags", async () => {
    const response = await app.inject(
      `/api/match?from=TH-50-chiang-mai-city&issue=${encodeURIComponent("交流")}&limit=2`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ from: "TH-50-chiang-mai-city", understood: ["youth-exchange"] });
    expect(body.results[0].id).toBe("JP-16204");
    expect(Object.keys(body.results[0].criteria)).toHaveLength(10);
    expect(body.results[0].reasons[0]).toEqual(
      expect.objectContaining({
        th: expect.any(String),
        en: expect.any(String),
        ja: expect.any(String),
        sources: expect.any(Array),
      }),
    );
    expect(body.results[0].flags).toContainEqual({
      code: "already-related",
      relation: "sister-chiang-mai-city-uozu",
      status: "active",
    });
    expect(body.candidates).toBe(3);
    expect(["strong", "good", "possible", "weak"]).toContain(body.results[0].band);
    const hidden = (await app.inject("/api/match?from=TH-50-chiang-mai-city&hide=related")).json();
    expect(hidden.results.map((result: { id: string }) => result.id)).not.toContain("JP-16204");
    expect((await app.inject("/api/match?from=TH-50&hide=everything")).statusCode).toBe(400);
  });

  it("answers 404 for an unknown locality and 400 for bad weights, empty or unknown issues", async () => {
    const unknown = await app.inject("/api/match?from=TH-99&lang=ja");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe("自治体「TH-99」が見つかりません");
    expect((await app.inject("/api/match?from=TH-10&weights=issueFit=3")).statusCode).toBe(400);
    expect((await app.inject("/api/match?from=TH-10&tier=metropolis")).statusCode).toBe(400);
    expect((await app.inject("/api/match?from=TH-10&issue=%20")).json().error.code).toBe("empty-issue");
    const pairs = await app.inject("/api/match/pairs?issue=qqqq");
    expect(pairs.statusCode).toBe(400);
    expect(pairs.json().error.code).toBe("no-issue-understood");
  });

  it("evaluates a pair and lists the best pairs for an issue", async () => {
    const pair = (await app.inject("/api/pair?a=TH-10&b=JP-40")).json();
    expect(pair).toMatchObject({ a: "TH-10", b: "JP-40", gains: { a: expect.any(Array), b: expect.any(Array) } });
    const sameCountry = await app.inject("/api/pair?a=TH-10&b=TH-50&lang=th");
    expect(sameCountry.statusCode).toBe(400);
    // Names, in the reader's language, and no validator's English.
    expect(sameCountry.json().error).toEqual({
      code: "same-country",
      message: "กรุงเทพมหานคร และ เชียงใหม่ อยู่ในประเทศเดียวกัน คู่ความร่วมมือต้องเป็นท้องถิ่นไทยกับท้องถิ่นญี่ปุ่น",
    });
    const best = (await app.inject(`/api/match/pairs?issue=${encodeURIComponent("เยาวชน")}&limit=3`)).json();
    expect(best.understood).toEqual(["youth-exchange"]);
    expect(best.results[0]).toEqual(
      expect.objectContaining({ thai: expect.stringMatching(/^TH-/), japanese: expect.stringMatching(/^JP-/) }),
    );
  });

  it("documents the criteria with their default weights and rationale", async () => {
    const body = (await app.inject("/api/match/criteria")).json();
    expect(body.criteria).toHaveLength(10);
    expect(body.criteria[0]).toEqual({ id: "issueFit", defaultWeight: 1, rationale: expect.stringMatching(/needs/) });
  });

  it("gives the national picture with gaps and map links", async () => {
    const stats = (await app.inject("/api/stats")).json();
    expect(stats.counts).toMatchObject({ localities: 6, relations: 2, thaiLocalities: 3 });
    expect(stats.relationsByYear).toEqual([
      { year: 1989, count: 1 },
      { year: 2006, count: 1 },
    ]);
    expect(stats.links).toContainEqual({
      relation: "sister-chiang-mai-city-uozu",
      type: "sister-city",
      status: "active",
      a: "TH-50",
      b: "JP-16",
    });
    expect(stats.provincesWithoutPartner).toEqual([]);
  });

  it("serves needs and offers, outlines with caching headers", async () => {
    expect((await app.inject("/api/needs-offers?kind=need")).json()).toEqual({ total: 0, items: [] });
    const outlines = await app.inject("/api/geo/outlines");
    expect(outlines.statusCode).toBe(200);
    expect(outlines.headers["cache-control"]).toMatch(/max-age=86400/);
    expect(outlines.json().features.length).toBe(124);
    // Users edit the data: caches must ask again, so an edit shows on the next request.
    expect((await app.inject("/api/localities")).headers["cache-control"]).toBe("no-cache");
  });
});
