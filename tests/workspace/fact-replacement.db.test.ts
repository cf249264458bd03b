import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Fact = { id: string; text: Record<string, string>; kind?: string; by?: string; issues: string[] };

/**
 * Replacing a reference fact through the workspace keeps what the editor's form has no field for:
 * the fact's declared kind and whose work it is. Mae Fah Luang District and Chiang Rai each hold a
 * tie of the Mae Fah Luang Foundation with a Japanese donor (kind: relation, by: private) in the
 * reference data.
 */
describe(`replacing a reference fact on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let editor: Session;
  let email = "";

  beforeAll(async () => {
    ctx = await workspaceApp({ realLocalities: ["TH-57", "TH-57-mae-fah-luang"] });
    email = (await makeUser(ctx.deps, "editor", { localities: ["TH-57", "TH-57-mae-fah-luang"] })).email;
  });
  beforeEach(async () => {
    editor = await signIn(ctx.app, email);
  });
  afterAll(() => ctx.app.close());

  const profile = async (id: string) => (await ctx.app.inject(`/api/localities/${id}`)).json();
  const put = (id: string, factId: string, section: string, en: string) =>
    ctx.app.inject(
      asUser(editor, {
        method: "PUT",
        url: `/api/localities/${id}/facts/${factId}`,
        payload: { section, text: { en }, issues: ["wildfires"], source: { kind: "self-reported" } },
      }),
    );
  const privateTie = async (id: string) =>
    (await profile(id)).strengths.find((fact: Fact) => fact.kind === "relation" && fact.by === "private") as Fact;

  it("keeps the kind and the actor of a fact rewritten in its own list", async () => {
    const before = await privateTie("TH-57-mae-fah-luang");
    const replaced = await put(
      "TH-57-mae-fah-luang",
      before.id,
      "strengths",
      "The foundation received fire engines from a Japanese donor",
    );
    expect(replaced.statusCode).toBe(200);
    const after = (await profile("TH-57-mae-fah-luang")).strengths.find(
      (fact: Fact) => fact.id === replaced.json().id,
    ) as Fact;
    expect(after).toMatchObject({
      text: { en: "The foundation received fire engines from a Japanese donor" },
      kind: "relation",
      by: "private",
    });
  });

  it("gives a fact moved to another list that list's default, not a kind the list does not allow", async () => {
    const before = await privateTie("TH-57");
    const moved = await put("TH-57", before.id, "challenges", "Forest fires the foundation fights each dry season");
    expect(moved.statusCode).toBe(200);
    const after = (await profile("TH-57")).challenges.find((fact: Fact) => fact.id === moved.json().id) as Fact;
    expect(after.kind).toBeUndefined();
    expect(after.by).toBeUndefined();
  });
});
