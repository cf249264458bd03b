import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueNotice } from "../../src/services/notifications/outbox.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

describe(`notices queued with the writes that cause them, on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let editor: Session;
  let jpEditorId: string;
  let jpEditor: Session;

  beforeAll(async () => {
    ctx = await workspaceApp();
    editor = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).email);
    const jp = await makeUser(ctx.deps, "editor", { localities: ["JP-16"] });
    jpEditorId = jp.id;
    jpEditor = await signIn(ctx.app, jp.email);
    await makeUser(ctx.deps, "editor", { localities: ["TH-10"] });
  });
  afterAll(() => ctx.app.close());

  it("asks the other party's editors, and only them, to confirm a claim; tells the submitter the decision", async () => {
    const claim = await ctx.app.inject(
      asUser(editor, {
        method: "POST",
        url: "/api/relation-claims",
        payload: { type: "mou", parties: ["TH-50", "JP-16"], title: { en: "MoU" }, source: { kind: "self-reported" } },
      }),
    );
    const submissionId = claim.json().id;
    const awaiting = await ctx.repos.notices.forUser(jpEditorId);
    expect(awaiting.map((notice) => [notice.kind, (notice.payload as { submissionId: string }).submissionId])).toEqual([
      ["claim-awaiting", submissionId],
    ]);
    const others = await Promise.all((await ctx.repos.users.list()).map((user) => ctx.repos.notices.forUser(user.id)));
    expect(others.flat()).toHaveLength(1);

    await ctx.app.inject(
      asUser(jpEditor, {
        method: "POST",
        url: `/api/submissions/${submissionId}/decision`,
        payload: { decision: "approve" },
      }),
    );
    const told = await ctx.repos.notices.forUser(editor.userId);
    expect(told.map((notice) => [notice.kind, (notice.payload as { status: string }).status])).toEqual([
      ["review-decision", "approved"],
    ]);
  });

  it("makes one notice of an event handled twice", async () => {
    const notice = { userId: jpEditorId, kind: "test", dedupeKey: "test:once", payload: {} };
    expect(await enqueueNotice(ctx.repos, notice, new Date())).toBe(true);
    expect(await enqueueNotice(ctx.repos, notice, new Date())).toBe(false);
    expect((await ctx.repos.notices.forUser(jpEditorId)).filter((row) => row.kind === "test")).toHaveLength(1);
  });
});
