import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededApp } from "../../../../tests/support/test-app.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";

describe(`places API on ${testEngine()}`, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await seededApp();
  });
  afterAll(() => app.close());

  it("lists the districts of a province", async () => {
    const response = await app.inject("/api/places?within=TH-50&kind=district");
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((place: { id: string }) => place.id)).toEqual(["place:th-5001", "place:th-5007"]);
  });

  it("places a registering Thai local government under its province and district", async () => {
    const placement = await app.inject(
      `/api/places/placement?province=TH-50&district=${encodeURIComponent("เมืองเชียงใหม่")}&subdistrict=${encodeURIComponent("ศรีภูมิ")}`,
    );
    expect(placement.json()).toMatchObject({
      ok: true,
      parent: "TH-50",
      place: "place:th-500101",
      district: { id: "place:th-5001" },
    });
    const unknown = await app.inject(`/api/places/placement?province=TH-50&district=${encodeURIComponent("แม่สาย")}`);
    expect(unknown.json()).toMatchObject({ ok: false, field: "district", reason: "unknown" });
    expect((await app.inject("/api/places/placement?province=TH-99&district=x")).statusCode).toBe(404);
  });
});
