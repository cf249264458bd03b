import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededApp } from "../../../../tests/support/test-app.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";

type Item = { kind: string; id: string; names: { th: string; en: string; ja: string }; within?: { id: string } };

describe(`search API on ${testEngine()}`, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await seededApp();
  });
  afterAll(() => app.close());

  const search = async (q: string): Promise<Item[]> => {
    const response = await app.inject(`/api/search?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return response.json().items;
  };

  it("finds localities in three languages and by other spellings, best first", async () => {
    expect((await search("Chiangmai"))[0]).toMatchObject({ kind: "locality", id: "TH-50" });
    expect((await search("เชียงใหม"))[0]?.id).toBe("TH-50");
    expect((await search("チェンマイ県"))[0]?.id).toBe("TH-50");
    expect((await search("魚津"))[0]).toMatchObject({ kind: "locality", id: "JP-16204", within: { id: "JP-16" } });
    expect((await search("อุโอซุ"))[0]?.id).toBe("JP-16204");
  });

  it("finds gazetteer places and says which locality they are in", async () => {
    const [district] = await search("อำเภอเมืองเชียงใหม่");
    expect(district).toMatchObject({
      kind: "place",
      id: "place:th-5001",
      placeKind: "district",
      within: { id: "TH-50" },
      names: { th: "อำเภอเมืองเชียงใหม่", en: "Mueang Chiang Mai District", ja: "Mueang Chiang Mai District" },
    });
    expect((await search("ศรีภูมิ"))[0]).toMatchObject({ id: "place:th-500101", within: { id: "TH-50" } });
  });

  it("finds relations, organisations and issues", async () => {
    const kinds = async (q: string) => (await search(q)).map((item) => `${item.kind}:${item.id}`);
    expect(await kinds("sister cities")).toContain("relation:sister-chiang-mai-city-uozu");
    expect(await kinds("org:th-moi")).toContain("organisation:org:th-moi");
    expect((await kinds("ขยะ"))[0]).toBe("issue:waste");
  });

  it("refuses an empty query and answers nothing found with an empty list", async () => {
    expect((await app.inject("/api/search?q=")).statusCode).toBe(400);
    expect(await search("zzzzqqq")).toEqual([]);
  });
});
