import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededApp } from "../../../../tests/support/test-app.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";

type Brief = { id: string; described: boolean; partnered: boolean; names: { en: string } };

describe(`atlas index on ${testEngine()}`, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await seededApp();
  });
  afterAll(() => app.close());

  it("lists every locality in brief, saying which are described and which have a partner abroad", async () => {
    const response = await app.inject("/api/atlas/localities");
    expect(response.statusCode).toBe(200);
    const items: Brief[] = response.json().items;
    expect(items).toHaveLength(6);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get("JP-16204")).toMatchObject({ described: true, partnered: true, names: { en: "Uozu" } });
    expect(byId.get("TH-50-chiang-mai-city")).toMatchObject({ partnered: true });
    expect(byId.get("TH-50")).toMatchObject({ described: true, partnered: false });
  });
});
