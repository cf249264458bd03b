import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../../tests/support/test-database.ts";
import { asUser, makeUser, signIn, type WorkspaceTestApp, workspaceApp } from "../../../../tests/support/workspace.ts";

const relation = (id: string, partner: string) => ({
  id,
  type: "mou",
  parties: ["TH-10", partner],
  title: { th: "บันทึก", en: "Memo", ja: "覚書" },
  status: "active",
  issues: ["waste"],
  sources: ["gk:low"],
});

const upload = (relations: unknown[]) => ({ name: "ministry.json", text: JSON.stringify({ relations }) });

/** Issue 9, point 1: operators import through the running server; admins only; audited. */
describe(`POST /api/admin/import on ${testEngine()}`, () => {
  let context: WorkspaceTestApp;
  beforeAll(async () => {
    context = await workspaceApp();
  });
  afterAll(() => context.app.close());

  const importAs = async (email: string | undefined, payload: { name: string; text: string }) => {
    const session = email ? await signIn(context.app, email) : undefined;
    return context.app.inject(asUser(session, { method: "POST", url: "/api/admin/import", payload }));
  };

  it("refuses visitors, editors and facilitators, and writes nothing", async () => {
    const editor = await makeUser(context.deps, "editor", { localities: ["TH-10"] });
    const facilitator = await makeUser(context.deps, "facilitator");
    expect((await importAs(undefined, upload([relation("mou-visitor", "JP-16")]))).statusCode).toBe(401);
    expect((await importAs(editor.email, upload([relation("mou-editor", "JP-16")]))).statusCode).toBe(403);
    expect((await importAs(facilitator.email, upload([relation("mou-facil", "JP-16")]))).statusCode).toBe(403);
    const { items } = await context.repos.relations.list({ type: "mou" });
    expect(items).toEqual([]);
  });

  it("imports an admin's file in one audited change, and the next match sees it", async () => {
    const admin = await makeUser(context.deps, "admin");
    const before = (await context.app.inject("/api/match?from=TH-10&limit=50")).json();
    const jp16 = (answer: { results: Array<{ id: string; flags: Array<{ relation?: string }> }> }) =>
      answer.results.find((result) => result.id === "JP-16")?.flags.map((flag) => flag.relation);
    expect(jp16(before)).not.toContain("mou-admin");

    const response = await importAs(admin.email, upload([relation("mou-admin", "JP-16")]));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: { localities: 0, organisations: 0, relations: 1, needsOffers: 0 } });
    expect((await context.repos.relations.get("mou-admin"))?.id).toBe("mou-admin");
    const [entry] = await context.repos.audit.forRecord("ministry.json", { limit: 5 });
    expect(entry).toMatchObject({ action: "data.import", actorId: admin.id, recordKind: "import" });
    expect(jp16((await context.app.inject("/api/match?from=TH-10&limit=50")).json())).toContain("mou-admin");
  });

  it("reports every problem of a bad file in the reader's language and writes nothing, not even an audit entry", async () => {
    const admin = await makeUser(context.deps, "admin");
    const session = await signIn(context.app, admin.email);
    const response = await context.app.inject(
      asUser(session, {
        method: "POST",
        url: "/api/admin/import?lang=th",
        payload: { name: "broken.json", text: JSON.stringify({ relations: [relation("mou-bad", "JP-98")] }) },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "validation_failed",
      details: [expect.objectContaining({ file: "broken.json" })],
    });
    expect(await context.repos.relations.get("mou-bad")).toBeUndefined();
    expect(await context.repos.audit.forRecord("broken.json", { limit: 5 })).toEqual([]);
    const wrongName = await context.app.inject(
      asUser(session, { method: "POST", url: "/api/admin/import", payload: { name: "x.exe", text: "{}" } }),
    );
    expect(wrongName.statusCode).toBe(400);
  });
});
