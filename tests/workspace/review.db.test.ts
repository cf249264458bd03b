import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { snapshot } from "../support/db-snapshot.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Fact = { id: string; text: Record<string, string>; review?: { status: string }; source: unknown };

describe(`editing and review on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let editor: Session;
  let jpEditor: Session;
  let facilitator: Session;
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await workspaceApp();
    emails.editor = (await makeUser(ctx.deps, "editor", { localities: ["TH-50", "TH-50-chiang-mai-city"] })).email;
    emails.jpEditor = (await makeUser(ctx.deps, "editor", { localities: ["JP-16", "JP-16204"] })).email;
    emails.facilitator = (await makeUser(ctx.deps, "facilitator")).email;
  });
  beforeEach(async () => {
    editor = await signIn(ctx.app, emails.editor ?? "");
    jpEditor = await signIn(ctx.app, emails.jpEditor ?? "");
    facilitator = await signIn(ctx.app, emails.facilitator ?? "");
  });
  afterAll(() => ctx.app.close());

  const send = (session: Session, method: "POST" | "PUT" | "DELETE" | "PATCH", url: string, payload?: object) =>
    ctx.app.inject(asUser(session, { method, url, ...(payload ? { payload } : {}) }));
  const profile = async (id: string) => (await ctx.app.inject(`/api/localities/${id}`)).json();
  const queue = async (session: Session, query = "status=pending") =>
    (await ctx.app.inject(asUser(session, { method: "GET", url: `/api/submissions?${query}` }))).json().items as Array<{
      id: string;
      kind: string;
      status: string;
      record: { id: string };
      payload: Record<string, unknown>;
      events: Array<{ action: string; reason?: string }>;
    }>;
  const decide = (session: Session, id: string, decision: string, reason?: string) =>
    send(session, "POST", `/api/submissions/${id}/decision`, { decision, ...(reason ? { reason } : {}) });
  const strength = (text: Record<string, string>) => ({
    section: "strengths",
    text,
    issues: ["handicrafts"],
    source: {
      kind: "document",
      title: "Provincial development plan 2566–2570",
      url: "https://www.chiangmai.go.th/plan.pdf",
      date: "2023-01-15",
    },
  });

  it("publishes an editor's need at once as self-reported, queues it, and marks it reviewed on approval", async () => {
    const created = await send(editor, "POST", "/api/needs-offers", {
      party: "TH-50",
      kind: "need",
      text: { th: "ต้องการความรู้ด้านการคัดแยกขยะชุมชน" },
      issues: ["waste"],
      source: { kind: "self-reported" },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const published = (await ctx.app.inject("/api/needs-offers?party=TH-50"))
      .json()
      .items.find((item: { id: string }) => item.id === id);
    expect(published).toMatchObject({
      text: { th: "ต้องการความรู้ด้านการคัดแยกขยะชุมชน" },
      review: { status: "unreviewed" },
    });
    expect(published.source).toBe("self:TH-50:2026-12-06");
    expect(published.text.en).toBeUndefined();
    expect(JSON.stringify(published)).not.toMatch(/entered/);

    const item = (await queue(facilitator)).find((submission) => submission.record.id === id);
    expect(item?.kind).toBe("self-report");
    expect((await decide(facilitator, item?.id ?? "", "approve")).statusCode).toBe(200);
    const reviewed = (await ctx.app.inject("/api/needs-offers?party=TH-50"))
      .json()
      .items.find((entry: { id: string }) => entry.id === id);
    expect(reviewed.review.status).toBe("reviewed");
    const mine = await queue(editor, "mine=true");
    expect(mine.find((submission) => submission.record.id === id)?.status).toBe("approved");
  });

  it("takes a rejected self-report out with the reason, which the submitter sees; a rejection needs a reason", async () => {
    const added = await send(
      editor,
      "POST",
      "/api/localities/TH-50/facts",
      strength({ en: "Bo Sang umbrella village" }),
    );
    const factId = added.json().id as string;
    expect((await profile("TH-50")).strengths.find((fact: Fact) => fact.id === factId)).toMatchObject({
      review: { status: "unreviewed" },
      source: { ref: "document", document: { title: "Provincial development plan 2566–2570" } },
    });
    const item = (await queue(facilitator)).find((submission) => submission.payload.factId === factId);
    const before = await snapshot(ctx.database);
    const noReason = await decide(facilitator, item?.id ?? "", "reject");
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe("reason");
    expect(await snapshot(ctx.database)).toBe(before);
    expect(
      (await decide(facilitator, item?.id ?? "", "reject", "Bo Sang is in San Kamphaeng, not a provincial strength"))
        .statusCode,
    ).toBe(200);
    expect((await profile("TH-50")).strengths.some((fact: Fact) => fact.id === factId)).toBe(false);
    const outcome = (await queue(editor, "mine=true")).find((submission) => submission.id === item?.id);
    expect(outcome?.status).toBe("rejected");
    expect(outcome?.events.at(-1)).toMatchObject({
      action: "rejected",
      reason: "Bo Sang is in San Kamphaeng, not a provincial strength",
    });
  });

  it("asks for changes; the editor's next edit sends it back to the queue", async () => {
    const factId = (await send(editor, "POST", "/api/localities/TH-50/facts", strength({ th: "ผ้าไหม" }))).json()
      .id as string;
    const item = (await queue(facilitator)).find((submission) => submission.payload.factId === factId);
    expect((await decide(facilitator, item?.id ?? "", "request-changes", "Add the English text")).statusCode).toBe(200);
    expect((await queue(editor, "mine=true")).find((submission) => submission.id === item?.id)?.status).toBe(
      "changes-requested",
    );
    const edited = await send(
      editor,
      "PUT",
      `/api/localities/TH-50/facts/${factId}`,
      strength({ th: "ผ้าไหม", en: "Silk" }),
    );
    expect(edited.statusCode).toBe(200);
    expect((await queue(facilitator)).find((submission) => submission.id === item?.id)?.status).toBe("pending");
  });

  it("publishes a facilitator's own edit as reviewed, with nothing queued", async () => {
    const factId = (
      await send(facilitator, "POST", "/api/localities/TH-10/facts", strength({ en: "Chatuchak market" }))
    ).json().id;
    expect((await profile("TH-10")).strengths.find((fact: Fact) => fact.id === factId).review.status).toBe("reviewed");
    expect((await queue(facilitator)).some((submission) => submission.payload.factId === factId)).toBe(false);
  });

  it("replaces a reference fact with the editor's version and its own source", async () => {
    const reference = (await profile("TH-50")).strengths.find((fact: Fact) => fact.id.startsWith("f-r")) as Fact;
    const replaced = await send(
      editor,
      "PUT",
      `/api/localities/TH-50/facts/${reference.id}`,
      strength({ en: "Updated by the province" }),
    );
    expect(replaced.statusCode).toBe(200);
    const after = await profile("TH-50");
    expect(after.strengths.some((fact: Fact) => fact.id === reference.id)).toBe(false);
    expect(after.strengths.find((fact: Fact) => fact.id === replaced.json().id).text).toEqual({
      en: "Updated by the province",
    });
    expect(
      (await send(editor, "PUT", `/api/localities/TH-50/facts/${reference.id}`, strength({ en: "again" }))).statusCode,
    ).toBe(404);
  });

  it("says per field what is wrong, in the reader's language, and writes nothing", async () => {
    const before = await snapshot(ctx.database);
    const empty = await ctx.app.inject(
      asUser(editor, {
        method: "POST",
        url: "/api/localities/TH-50/facts?lang=ja",
        payload: { ...strength({}), issues: ["no-such-issue"] },
      }),
    );
    expect(empty.statusCode).toBe(400);
    const fields = empty
      .json()
      .error.details.map((detail: { field: string; message: string }) => `${detail.field}: ${detail.message}`);
    expect(fields).toContain("text: タイ語・英語・日本語のいずれか一つ以上で書いてください。");
    const unknownIssue = await ctx.app.inject(
      asUser(editor, {
        method: "POST",
        url: "/api/localities/TH-50/facts?lang=th",
        payload: { ...strength({ en: "x" }), issues: ["no-such-issue"] },
      }),
    );
    expect(unknownIssue.json().error.details).toEqual([
      { field: "issues.0", message: "ไม่รู้จักประเด็นนี้ กรุณาเลือกจากรายการ" },
    ]);
    const badContacts = await send(editor, "PUT", "/api/localities/TH-50/contacts", {
      email: "not-an-email",
      website: "javascript:alert(1)",
      source: { kind: "self-reported" },
    });
    expect(
      badContacts
        .json()
        .error.details.map((detail: { field: string }) => detail.field)
        .sort(),
    ).toEqual(["email", "website"]);
    expect(await snapshot(ctx.database)).toBe(before);
  });

  it("holds a relation claim until the other party's editor confirms it", async () => {
    const claim = await send(editor, "POST", "/api/relation-claims", {
      type: "friendship",
      parties: ["TH-50", "JP-16"],
      title: { th: "ความร่วมมือด้านหัตถกรรม", en: "Craft cooperation" },
      start: "2026-10",
      issues: ["handicrafts"],
      source: { kind: "document", title: "Letter of intent", date: "2026-10-20" },
      comment: "Signed at the Toyama craft fair",
    });
    expect(claim.statusCode).toBe(201);
    const relationId = claim.json().record.id as string;
    expect((await ctx.app.inject(`/api/relations/${relationId}`)).statusCode).toBe(404);
    const awaiting = await queue(jpEditor);
    expect(awaiting.map((submission) => submission.id)).toContain(claim.json().id);
    expect((await decide(editor, claim.json().id, "approve")).statusCode).toBe(403);
    expect((await decide(jpEditor, claim.json().id, "approve")).statusCode).toBe(200);
    const relation = (await ctx.app.inject(`/api/relations/${relationId}`)).json();
    expect(relation).toMatchObject({ parties: ["TH-50", "JP-16"], type: "friendship", status: "active" });
    expect(
      (await ctx.app.inject("/api/relations?party=JP-16")).json().items.map((item: { id: string }) => item.id),
    ).toContain(relationId);
  });

  it("keeps a relation as it was when the other party declines a correction", async () => {
    const before = (await ctx.app.inject("/api/relations/sister-chiang-mai-city-uozu")).json();
    const correction = await send(editor, "POST", "/api/relations/sister-chiang-mai-city-uozu/corrections", {
      type: "sister-city",
      parties: ["TH-50-chiang-mai-city", "JP-16204"],
      title: { en: "Sister cities" },
      status: "lapsed",
      source: { kind: "self-reported" },
    });
    expect(correction.statusCode).toBe(201);
    expect(
      (await decide(jpEditor, correction.json().id, "reject", "Uozu still sends students every year")).statusCode,
    ).toBe(200);
    expect((await ctx.app.inject("/api/relations/sister-chiang-mai-city-uozu")).json()).toEqual(before);
  });

  it("refuses to apply a correction to a relation that changed after it was proposed", async () => {
    const propose = (status: string) =>
      send(editor, "POST", "/api/relations/sister-chiang-mai-city-uozu/corrections", {
        type: "sister-city",
        parties: ["TH-50-chiang-mai-city", "JP-16204"],
        title: { en: "Sister cities" },
        status,
        source: { kind: "self-reported" },
      });
    const first = (await propose("declining")).json().id;
    const second = (await propose("ended")).json().id;
    expect((await decide(facilitator, first, "approve")).statusCode).toBe(200);
    const stale = await decide(facilitator, second, "approve");
    expect(stale.statusCode).toBe(409);
    expect((await ctx.app.inject("/api/relations/sister-chiang-mai-city-uozu")).json().status).toBe("declining");
  });
});
