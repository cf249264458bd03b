import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "../support/db-snapshot.ts";
import { testEngine } from "../support/test-database.ts";
import { makeUser, ORIGIN, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

const need = {
  party: "TH-50",
  kind: "need",
  text: { en: "Flood warning systems" },
  issues: ["disasters"],
  source: { kind: "self-reported" },
};

describe(`CSRF defence on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let session: Session;
  let other: Session;

  beforeAll(async () => {
    ctx = await workspaceApp();
    session = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).email);
    other = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).email);
  });
  afterAll(() => ctx.app.close());

  const post = (headers: Record<string, string>) =>
    ctx.app.inject({ method: "POST", url: "/api/needs-offers", headers, payload: need });

  const refusedWithoutChange = async (headers: Record<string, string>, code: string) => {
    const before = await snapshot(ctx.database);
    const response = await post(headers);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe(code);
    expect(await snapshot(ctx.database)).toBe(before);
  };

  it("accepts a same-origin write that carries the session's token", async () => {
    const response = await post({ origin: ORIGIN, cookie: session.cookie, "x-csrf-token": session.csrf });
    expect(response.statusCode).toBe(201);
  });

  it("refuses a signed-in write without the token, or with another session's token", async () => {
    await refusedWithoutChange({ origin: ORIGIN, cookie: session.cookie }, "csrf");
    await refusedWithoutChange({ origin: ORIGIN, cookie: session.cookie, "x-csrf-token": other.csrf }, "csrf");
    await refusedWithoutChange({ origin: ORIGIN, cookie: session.cookie, "x-csrf-token": "forged-token" }, "csrf");
  });

  it("refuses a write from another site even with a valid token", async () => {
    const valid = { cookie: session.cookie, "x-csrf-token": session.csrf };
    await refusedWithoutChange({ ...valid, origin: "https://evil.example" }, "cross_site");
    await refusedWithoutChange({ ...valid, origin: "null" }, "cross_site");
    await refusedWithoutChange({ ...valid, "sec-fetch-site": "cross-site" }, "cross_site");
  });

  it("refuses a cross-site HTML form post, which cannot carry the token", async () => {
    const before = await snapshot(ctx.database);
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/needs-offers",
      headers: {
        origin: "https://evil.example",
        cookie: session.cookie,
        "content-type": "application/x-www-form-urlencoded",
      },
      payload: "party=TH-50&kind=need",
    });
    expect(response.statusCode).toBe(403);
    expect(await snapshot(ctx.database)).toBe(before);
  });

  it("guards sign-in by origin too (no login CSRF)", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { origin: "https://evil.example" },
      payload: { email: "x@example.org", password: "whatever-password" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("cross_site");
  });

  it("answers the refusal in the reader's language", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/needs-offers?lang=th",
      headers: { origin: ORIGIN, cookie: session.cookie },
      payload: need,
    });
    expect(response.json().error.message).toMatch(/รหัสความปลอดภัย/);
  });
});
