import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCount, snapshot } from "../../../../tests/support/db-snapshot.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";
import {
  asUser,
  makeUser,
  type Session,
  signIn,
  type WorkspaceTestApp,
  workspaceApp,
} from "../../../../tests/support/workspace.ts";

const maeRim = {
  names: { th: "เทศบาลตำบลแม่ริม", en: "Mae Rim Subdistrict Municipality" },
  tier: "subdistrict-municipality",
  province: "TH-50",
  district: "แม่ริม",
  contacts: { website: "https://www.maerim.go.th", languages: ["th"] },
};

describe(`POST /api/localities (registration) on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let facilitator: Session;
  let editor: Session;
  let facilitatorUser: { id: string; email: string };
  const post = (session: Session | undefined, payload: unknown, lang = "en") =>
    ctx.app.inject(
      asUser(session, {
        method: "POST",
        url: "/api/localities",
        payload: payload as object,
        headers: { "accept-language": lang },
      }),
    );

  beforeAll(async () => {
    ctx = await workspaceApp();
    facilitatorUser = await makeUser(ctx.deps, "facilitator");
    const editorUser = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    facilitator = await signIn(ctx.app, facilitatorUser.email);
    editor = await signIn(ctx.app, editorUser.email);
  });
  afterAll(() => ctx.app.close());

  it("places the body under its province and district, with one audit entry, self-reported", async () => {
    const audits = await auditCount(ctx.database);
    const response = await post(facilitator, maeRim);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ id: "TH-50-mae-rim", parent: "TH-50", place: "place:th-5007" });
    expect(await auditCount(ctx.database)).toBe(audits + 1);

    const locality = (await ctx.app.inject("/api/localities/TH-50-mae-rim")).json();
    expect(locality).toMatchObject({
      parent: "TH-50",
      region: "north",
      tier: "subdistrict-municipality",
      place: "place:th-5007",
      review: { status: "unreviewed" },
      // Japanese was not given: the nearest given name (English first for Japanese readers), flagged.
      names: { th: "เทศบาลตำบลแม่ริม", en: "Mae Rim Subdistrict Municipality", ja: "Mae Rim Subdistrict Municipality" },
      untranslated: ["ja"],
      contacts: { website: "https://www.maerim.go.th", source: "self:TH-50-mae-rim:2026-12-06" },
    });

    const history = await ctx.app.inject(
      asUser(facilitator, { method: "GET", url: "/api/audit?record=TH-50-mae-rim" }),
    );
    const entries = history.json().items;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "locality.create", actor: { id: facilitatorUser.id }, before: null });
  });

  it("shows the new body at once in search and in the localities list", async () => {
    const search = (await ctx.app.inject(`/api/search?q=${encodeURIComponent("แม่ริม")}`)).json();
    expect(search.items.map((item: { id: string }) => item.id)).toContain("TH-50-mae-rim");
    const list = (await ctx.app.inject("/api/localities?parent=TH-50&limit=200")).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain("TH-50-mae-rim");
    const atlas = (await ctx.app.inject("/api/atlas/localities")).json();
    expect(atlas.items.find((item: { id: string }) => item.id === "TH-50-mae-rim")).toMatchObject({
      parent: "TH-50",
      described: false,
    });
    // Matching knows it at once: a thin profile that can ask for partners.
    const match = await ctx.app.inject("/api/match?from=TH-50-mae-rim");
    expect(match.statusCode, match.body).toBe(200);
  });

  it("lets the province's editor register a body in a subdistrict, its id from the gazetteer", async () => {
    const response = await post(editor, {
      names: { th: "องค์การบริหารส่วนตำบลพระสิงห์" },
      tier: "sao",
      province: "TH-50",
      district: "อำเภอเมืองเชียงใหม่",
      subdistrict: "พระสิงห์",
    });
    expect(response.statusCode, response.body).toBe(201);
    // The subdistrict has no English name in the gazetteer: the district's and the subdistrict code.
    expect(response.json()).toEqual({
      id: "TH-50-mueang-chiang-mai-500102",
      parent: "TH-50",
      place: "place:th-500102",
    });
  });

  it("refuses an unknown district, naming the field in the reader's language, and writes nothing", async () => {
    const before = await snapshot(ctx.database);
    const response = await post(facilitator, { ...maeRim, names: { th: "เทศบาลตำบลแม่สาย" }, district: "แม่สาย" }, "th");
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.details).toEqual([{ field: "district", message: expect.stringContaining("ไม่พบอำเภอ") }]);
    expect(await snapshot(ctx.database)).toBe(before);
  });

  it("refuses a body already registered, with a clear message, and writes nothing", async () => {
    const before = await snapshot(ctx.database);
    const response = await post(
      facilitator,
      { ...maeRim, names: { th: "เทศบาลตำบล แม่ริม" }, tier: "town-municipality" },
      "ja",
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain("TH-50-mae-rim");
    expect(response.json().error.message).toContain("すでに登録");
    expect(await snapshot(ctx.database)).toBe(before);
  });

  it("tells a body of the same place but another tier apart by its tier", async () => {
    const response = await post(facilitator, {
      ...maeRim,
      names: { th: "องค์การบริหารส่วนตำบลแม่ริม", en: "Mae Rim SAO" },
      tier: "sao",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().id).toBe("TH-50-mae-rim-sao");
  });

  it("refuses a visitor (401), another province's editor and a municipality's editor (403)", async () => {
    const elsewhere = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["TH-10"] })).email);
    const city = await signIn(
      ctx.app,
      (await makeUser(ctx.deps, "editor", { localities: ["TH-50-chiang-mai-city"] })).email,
    );
    const before = await snapshot(ctx.database);
    expect((await post(undefined, maeRim)).statusCode).toBe(401);
    expect((await post(elsewhere, maeRim)).statusCode).toBe(403);
    expect((await post(city, { ...maeRim, names: { th: "เทศบาลตำบลริมใต้" } })).statusCode).toBe(403);
    expect(await snapshot(ctx.database)).toBe(before);
  });

  it("refuses a registration without a Thai name, field by field", async () => {
    const response = await post(facilitator, { ...maeRim, names: { en: "Mae Rim" }, tier: "district" });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(["names.th", "tier"]));
  });

  it("queues the registration for review: approving marks the body reviewed", async () => {
    const queue = await ctx.app.inject(
      asUser(facilitator, { method: "GET", url: "/api/submissions?status=pending&limit=100" }),
    );
    const submission = queue
      .json()
      .items.find((item: { record: { id: string } }) => item.record.id === "TH-50-mae-rim");
    expect(submission).toMatchObject({ kind: "self-report", payload: { factId: "registration" } });
    const decided = await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: `/api/submissions/${submission.id}/decision`,
        payload: { decision: "approve" },
      }),
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const profile = (await ctx.app.inject("/api/localities/TH-50-mae-rim")).json();
    expect(profile.review).toMatchObject({ status: "reviewed" });
  });

  it("takes a rejected registration out of the atlas", async () => {
    const created = await post(editor, { ...maeRim, names: { th: "เทศบาลตำบลสันโป่ง" }, subdistrict: undefined });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const queue = (
      await ctx.app.inject(asUser(facilitator, { method: "GET", url: "/api/submissions?status=pending&limit=100" }))
    ).json();
    const submission = queue.items.find((item: { record: { id: string } }) => item.record.id === id);
    const decided = await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: `/api/submissions/${submission.id}/decision`,
        payload: { decision: "reject", reason: "Not a local government" },
      }),
    );
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await ctx.app.inject(`/api/localities/${id}`)).statusCode).toBe(404);
  });

  it("lets the registrar invite the body's officer with scope to the new locality", async () => {
    const response = await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: "/api/invitations",
        payload: { email: "ir@maerim.go.th", role: "editor", scope: { localities: ["TH-50-mae-rim"] } },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
  });
});
