import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededApp } from "../../../../tests/support/test-app.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";

describe(`localities API on ${testEngine()}`, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await seededApp();
  });
  afterAll(() => app.close());

  it("answers health with the engine and the count", async () => {
    const response = await app.inject("/api/health");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", engine: testEngine(), localities: 6 });
  });

  it("lists with filters and paging", async () => {
    const response = await app.inject("/api/localities?country=TH&limit=2");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(body.items.map((item: { id: string }) => item.id)).toEqual(["TH-10", "TH-50"]);
    expect(body.items[0].names).toEqual({ th: "กรุงเทพมหานคร", en: "Bangkok", ja: "バンコク都", alt: ["BMA"] });
  });

  it("filters the directory by what a locality offers or needs, and by partners; sorts any column", async () => {
    const ids = async (query: string) =>
      (await app.inject(`/api/localities?${query}`)).json().items.map((item: { id: string }) => item.id);
    expect(await ids("offers=smart-city")).toEqual(["TH-50"]);
    expect(await ids("needs=air-quality")).toEqual(["TH-50"]);
    expect(await ids("offers=air-quality")).toEqual([]);
    // Every locality of the fixture works with the other country (Chiang Mai through its city).
    const all = (await app.inject("/api/localities?partner=yes")).json();
    expect(all.total).toBe(6);
    expect(all.items.find((item: { id: string }) => item.id === "TH-50").partners).toBe(1);
    expect(await ids("partner=no")).toEqual([]);
    expect(await ids("country=TH&sort=name&order=desc&lang=en")).toEqual(["TH-50-chiang-mai-city", "TH-50", "TH-10"]);
    expect((await app.inject("/api/localities?sort=colour")).statusCode).toBe(400);
  });

  it("searches names in Japanese and Thai", async () => {
    const japanese = await app.inject(`/api/localities?q=${encodeURIComponent("福岡")}`);
    expect(japanese.json().items.map((item: { id: string }) => item.id)).toEqual(["JP-40"]);
    const thai = await app.inject(`/api/localities?q=${encodeURIComponent("โทยามะ")}`);
    expect(thai.json().items.map((item: { id: string }) => item.id)).toEqual(["JP-16"]);
  });

  it("shows a profile with its relations and the bodies inside it", async () => {
    const response = await app.inject("/api/localities/TH-50");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.children.map((child: { id: string }) => child.id)).toEqual(["TH-50-chiang-mai-city"]);
    expect(body.strengths[0].source).toBe("report:6745-6750");
    const city = (await app.inject("/api/localities/TH-50-chiang-mai-city")).json();
    expect(city.relations.map((relation: { id: string }) => relation.id)).toEqual(["sister-chiang-mai-city-uozu"]);
  });

  it("answers 400 with a JSON error in the reader's language for bad parameters", async () => {
    const response = await app.inject({
      url: "/api/localities?tier=metropolis&limit=0",
      headers: { "accept-language": "ja,en;q=0.5" },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("bad_request");
    expect(error.message).toMatch(/^リクエストが正しくありません/);
    expect(error.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      "querystring.limit",
      "querystring.tier",
    ]);
  });

  it("answers 404 for an unknown id, in Thai when asked", async () => {
    const response = await app.inject("/api/localities/TH-99?lang=th");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "not_found", message: 'ไม่พบท้องถิ่น "TH-99"' } });
  });

  it("lists relations by party and returns 404 for an unknown relation", async () => {
    const list = (await app.inject("/api/relations?party=JP-40")).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual(["friendship-bangkok-fukuoka"]);
    expect((await app.inject("/api/relations/nope")).statusCode).toBe(404);
    // Uozu's last recorded activity (2013) is years old: the record says active, the rule says lapsed.
    expect((await app.inject("/api/relations/sister-chiang-mai-city-uozu")).json()).toMatchObject({
      status: "active",
      suggestedStatus: "lapsed",
    });
    expect((await app.inject("/api/relations?status=asleep")).statusCode).toBe(400);
  });

  it("lists relations with the status their last activity suggests, and filters on it", async () => {
    const lapsed = (await app.inject("/api/relations?status=lapsed")).json();
    expect(lapsed.items.map((item: { id: string }) => item.id)).toContain("sister-chiang-mai-city-uozu");
    expect(lapsed.items[0]).toMatchObject({ status: "active", suggestedStatus: "lapsed" });
    const active = (await app.inject("/api/relations?status=active")).json();
    expect(active.items.map((item: { id: string }) => item.id)).not.toContain("sister-chiang-mai-city-uozu");
    expect(active.total + lapsed.total).toBeLessThanOrEqual((await app.inject("/api/relations")).json().total);
  });

  it("reads a starting year above 2400 as Buddhist Era", async () => {
    const ids = async (year: string) =>
      (await app.inject(`/api/relations?year=${year}`)).json().items.map((item: { id: string }) => item.id);
    expect(await ids("1989")).toContain("sister-chiang-mai-city-uozu");
    expect(await ids("2532")).toEqual(await ids("1989"));
    expect((await app.inject("/api/relations?year=2700")).statusCode).toBe(400);
  });

  it("serves organisations, issues and the OpenAPI document", async () => {
    expect((await app.inject("/api/organisations")).json().items[0].id).toBe("org:th-moi");
    const issues = (await app.inject("/api/issues")).json();
    expect(issues.items.find((issue: { id: string }) => issue.id === "waste").synonyms.ja).toContain("ごみ");
    const datasets = (await app.inject("/api/datasets")).json();
    expect(datasets.items.find((dataset: { id: string }) => dataset.id === "jp-census-2020")).toMatchObject({
      year: 2020,
    });
    const docs = await app.inject("/api/docs/json");
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toEqual(
      expect.arrayContaining(["/api/localities", "/api/localities/{id}", "/api/relations"]),
    );
  });
});
