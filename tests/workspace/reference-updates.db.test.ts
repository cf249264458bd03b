import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../src/services/seed.service.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Submission = {
  id: string;
  kind: string;
  status: string;
  record: { id: string };
  payload: { merged: { challenges: unknown[]; centroid: { lat: number } }; conflicts: string[] };
};

describe(`reference changes to records users edited, on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let editor: Session;
  let facilitator: Session;

  beforeEach(async () => {
    ctx = await workspaceApp();
    editor = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).email);
    facilitator = await signIn(ctx.app, (await makeUser(ctx.deps, "facilitator")).email);
    return () => ctx.app.close();
  });

  const file = () => join(ctx.dataDir, "localities", "th", "TH-50.yaml");
  const changeReference = async () => {
    writeFileSync(file(), readFileSync(file(), "utf8").replace("lat: 18.79", "lat: 18.7883"));
    return seedDatabase(ctx.repos, { dataDir: ctx.dataDir });
  };
  const pending = async () =>
    (
      (await ctx.app.inject(asUser(facilitator, { method: "GET", url: "/api/submissions?status=pending" }))).json()
        .items as Submission[]
    ).filter((submission) => submission.kind === "reference-update");
  const addChallenge = () =>
    ctx.app.inject(
      asUser(editor, {
        method: "POST",
        url: "/api/localities/TH-50/facts",
        payload: {
          section: "challenges",
          text: { th: "น้ำท่วมในเขตเมือง" },
          issues: ["disasters"],
          source: { kind: "self-reported" },
        },
      }),
    );

  it("keeps the user's version and queues the difference with a merge; accepting it applies both", async () => {
    await addChallenge();
    const summary = await changeReference();
    expect(summary.localities.keptUserEdits).toBe(1);
    const profile = (await ctx.app.inject("/api/localities/TH-50")).json();
    expect(profile.centroid.lat).toBe(18.79);
    expect(profile.challenges).toHaveLength(2);

    const [update] = await pending();
    expect(update?.record.id).toBe("TH-50");
    expect(update?.payload.merged.centroid.lat).toBe(18.7883);
    expect(update?.payload.merged.challenges).toHaveLength(2);
    expect(update?.payload.conflicts).toEqual([]);

    await seedDatabase(ctx.repos, { dataDir: ctx.dataDir });
    expect(await pending()).toHaveLength(1);

    const approve = await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: `/api/submissions/${update?.id}/decision`,
        payload: { decision: "approve" },
      }),
    );
    expect(approve.statusCode).toBe(200);
    const merged = (await ctx.app.inject("/api/localities/TH-50")).json();
    expect(merged.centroid.lat).toBe(18.7883);
    expect(merged.challenges.map((fact: { text: { th?: string } }) => fact.text.th)).toContain("น้ำท่วมในเขตเมือง");
    await seedDatabase(ctx.repos, { dataDir: ctx.dataDir });
    expect(await pending()).toHaveLength(0);
  });

  it("keeps the user's version when the facilitator rejects the update, and does not ask again", async () => {
    await addChallenge();
    await changeReference();
    const [update] = await pending();
    await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: `/api/submissions/${update?.id}/decision`,
        payload: { decision: "reject", reason: "Our survey is newer" },
      }),
    );
    expect((await ctx.app.inject("/api/localities/TH-50")).json().centroid.lat).toBe(18.79);
    await seedDatabase(ctx.repos, { dataDir: ctx.dataDir });
    expect(await pending()).toHaveLength(0);
  });

  it("does not bring back a reference need that a user deleted", async () => {
    const created = await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: "/api/needs-offers",
        payload: {
          party: "TH-50",
          kind: "offer",
          text: { en: "Elephant care training" },
          issues: ["tourism"],
          source: { kind: "self-reported" },
        },
      }),
    );
    const id = created.json().id;
    await ctx.app.inject(asUser(facilitator, { method: "DELETE", url: `/api/needs-offers/${id}` }));
    // The same id arrives in the reference data later: the deletion still stands.
    const needs = join(ctx.dataDir, "needs-offers");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(needs, { recursive: true });
    writeFileSync(
      join(needs, "late.yaml"),
      `- id: ${id}\n  party: TH-50\n  kind: offer\n  text: {th: ฝึกอบรมการดูแลช้าง, en: Elephant care training, ja: 象の飼育研修}\n  issues: [tourism]\n  source: "gk:medium"\n`,
    );
    const summary = await seedDatabase(ctx.repos, { dataDir: ctx.dataDir });
    expect(summary.needsOffers.keptUserEdits).toBe(1);
    expect((await ctx.repos.needsOffers.list({ party: "TH-50" })).map((item) => item.id)).not.toContain(id);
  });
});
