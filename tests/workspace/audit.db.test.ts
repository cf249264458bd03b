import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Entry = {
  id: number;
  action: string;
  reason: string | null;
  reverts: number | null;
  changes: Array<{ kind: string; path: string }>;
  actor: { email: string } | null;
  ip: string;
};

describe(`audit trail and revert on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let editor: Session;
  let facilitator: Session;
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await workspaceApp();
    emails.editor = (await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).email;
    emails.facilitator = (await makeUser(ctx.deps, "facilitator")).email;
  });
  beforeEach(async () => {
    editor = await signIn(ctx.app, emails.editor ?? "");
    facilitator = await signIn(ctx.app, emails.facilitator ?? "");
  });
  afterAll(() => ctx.app.close());

  const history = async (record: string, session = facilitator) =>
    (
      await ctx.app.inject(asUser(session, { method: "GET", url: `/api/audit?record=${encodeURIComponent(record)}` }))
    ).json().items as Entry[];
  const need = (text: string) => ({
    party: "TH-50",
    kind: "need",
    text: { en: text },
    issues: ["waste"],
    source: { kind: "self-reported" },
  });

  it("gives a record's history newest first, with who, from where, the reason and a readable diff", async () => {
    const created = await ctx.app.inject(
      asUser(editor, {
        method: "POST",
        url: "/api/needs-offers",
        payload: { ...need("Compost"), reason: "From the 2026 survey" },
      }),
    );
    const id = created.json().id as string;
    const { party: _party, ...update } = need("Composting of market waste");
    await ctx.app.inject(asUser(editor, { method: "PUT", url: `/api/needs-offers/${id}`, payload: update }));
    const entries = await history(id);
    expect(entries.map((entry) => entry.action)).toEqual(["needOffer.update", "needOffer.create"]);
    expect(entries[1]).toMatchObject({
      reason: "From the 2026 survey",
      actor: { email: emails.editor },
      ip: "127.0.0.1",
    });
    expect(entries[0]?.changes).toContainEqual({
      kind: "set",
      path: "text.en",
      before: "Compost",
      after: "Composting of market waste",
    });
  });

  it("is for facilitators and admins only", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/audit?record=TH-50" })).statusCode).toBe(401);
    expect((await ctx.app.inject(asUser(editor, { method: "GET", url: "/api/audit?record=TH-50" }))).statusCode).toBe(
      403,
    );
  });

  it("reverts a change as a new change, and refuses to revert one that later changes built on", async () => {
    const added = await ctx.app.inject(
      asUser(editor, {
        method: "POST",
        url: "/api/localities/TH-50/facts",
        payload: {
          section: "challenges",
          text: { en: "Haze from burning" },
          issues: ["air-quality"],
          source: { kind: "self-reported" },
        },
      }),
    );
    const factId = added.json().id as string;
    const [addition] = await history("TH-50");
    const second = await ctx.app.inject(
      asUser(editor, {
        method: "POST",
        url: "/api/localities/TH-50/facts",
        payload: {
          section: "challenges",
          text: { en: "Drought" },
          issues: ["water-resources"],
          source: { kind: "self-reported" },
        },
      }),
    );
    const stale = await ctx.app.inject(
      asUser(facilitator, { method: "POST", url: `/api/audit/${addition?.id}/revert`, payload: {} }),
    );
    expect(stale.statusCode).toBe(409);

    const [latest] = await history("TH-50");
    const revert = await ctx.app.inject(
      asUser(facilitator, { method: "POST", url: `/api/audit/${latest?.id}/revert`, payload: { reason: "Duplicate" } }),
    );
    expect(revert.statusCode).toBe(201);
    const challenges = (await ctx.app.inject("/api/localities/TH-50")).json().challenges as Array<{ id: string }>;
    expect(challenges.map((fact) => fact.id)).toContain(factId);
    expect(challenges.map((fact) => fact.id)).not.toContain(second.json().id);
    const [undo] = await history("TH-50");
    expect(undo).toMatchObject({ action: "locality.revert", reverts: latest?.id, reason: "Duplicate" });
  });

  it("brings back a deleted need by reverting its deletion", async () => {
    const id = (
      await ctx.app.inject(asUser(editor, { method: "POST", url: "/api/needs-offers", payload: need("Recycling") }))
    ).json().id;
    await ctx.app.inject(asUser(editor, { method: "DELETE", url: `/api/needs-offers/${id}?reason=Not%20needed` }));
    const [deletion] = await history(id);
    expect(deletion).toMatchObject({ action: "needOffer.delete", reason: "Not needed" });
    expect(
      (
        await ctx.app.inject(
          asUser(facilitator, { method: "POST", url: `/api/audit/${deletion?.id}/revert`, payload: {} }),
        )
      ).statusCode,
    ).toBe(201);
    expect((await ctx.repos.needsOffers.list({ party: "TH-50" })).map((item) => item.id)).toContain(id);
  });

  it("cannot be changed or deleted, even by a query that bypasses the application", async () => {
    const [entry] = await history("TH-50");
    const cause = async (query: Promise<unknown>) => {
      try {
        await query;
        return "no error";
      } catch (error) {
        return String((error as { cause?: unknown }).cause ?? error);
      }
    };
    expect(
      await cause(ctx.database.db.execute(sql`update audit_log set reason = 'forged' where id = ${entry?.id}`)),
    ).toMatch(/append-only: UPDATE refused/);
    expect(await cause(ctx.database.db.execute(sql`delete from audit_log where id = ${entry?.id}`))).toMatch(
      /append-only: DELETE refused/,
    );
    expect((await history("TH-50"))[0]?.reason).toBe(entry?.reason);
  });
});
