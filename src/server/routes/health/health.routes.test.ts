import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { testEngine } from "../../../../tests/support/test-database.ts";
import { asUser, makeUser, signIn, type WorkspaceTestApp, workspaceApp } from "../../../../tests/support/workspace.ts";

const localitiesOf = async (context: WorkspaceTestApp): Promise<number> =>
  (await context.app.inject("/api/health")).json().localities;

/** Monitors poll health: it asks the database at most once a second, and again after any write. */
describe(`GET /api/health on ${testEngine()}`, () => {
  let context: WorkspaceTestApp;
  beforeAll(async () => {
    context = await workspaceApp();
  });
  afterAll(() => context.app.close());
  afterEach(() => vi.useRealTimers());

  it("answers from its last look within a second, looks again after a second and after every write", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const counted = await localitiesOf(context);
    expect(counted).toBeGreaterThan(0);

    // A row written behind the app's back (no write through it): the answer of a moment ago stands.
    const [model] = (await context.repos.localities.list({ limit: 1 })).items;
    if (!model) throw new Error("the fixture has localities");
    await context.repos.reference.writeUser({
      localities: [{ ...model, id: "JP-47999" }],
      organisations: [],
      relations: [],
      needsOffers: [],
    });
    expect(await localitiesOf(context)).toBe(counted);
    vi.setSystemTime(Date.now() + 1_000);
    expect(await localitiesOf(context)).toBe(counted + 1);

    // A write through the app is seen at once, without waiting for the second to pass.
    await context.repos.reference.writeUser({
      localities: [{ ...model, id: "JP-47998" }],
      organisations: [],
      relations: [],
      needsOffers: [],
    });
    const admin = await makeUser(context.deps, "admin");
    const session = await signIn(context.app, admin.email);
    const relation = {
      id: "mou-health",
      type: "mou",
      parties: ["TH-10", "JP-16"],
      title: { th: "บันทึก", en: "Memo", ja: "覚書" },
      status: "active",
      issues: ["waste"],
      sources: ["gk:low"],
    };
    const imported = await context.app.inject(
      asUser(session, {
        method: "POST",
        url: "/api/admin/import",
        payload: { name: "health.json", text: JSON.stringify({ relations: [relation] }) },
      }),
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await localitiesOf(context)).toBe(counted + 2);
  });
});
