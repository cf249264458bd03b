import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.ts";
import { auditCount } from "../support/db-snapshot.ts";
import { testEngine } from "../support/test-database.ts";
import {
  asUser,
  makeUser,
  ORIGIN,
  PASSWORD,
  signIn,
  type WorkspaceTestApp,
  workspaceApp,
} from "../support/workspace.ts";

const MINUTE = 60_000;

describe(`sessions on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let editorEmail: string;

  beforeAll(async () => {
    ctx = await workspaceApp();
    editorEmail = (await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).email;
  });
  afterAll(() => ctx.app.close());

  const me = (cookie: string) => ctx.app.inject({ method: "GET", url: "/api/session", headers: { cookie } });

  it("signs in with a session cookie that is httpOnly, SameSite and not readable by scripts", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { origin: ORIGIN },
      payload: { email: editorEmail.toUpperCase(), password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = [response.headers["set-cookie"]].flat().find((line) => line?.startsWith("jubkoo_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(response.json().user).toMatchObject({
      email: editorEmail,
      role: "editor",
      scope: { localities: ["TH-50"] },
    });
    expect(response.json().csrfToken).toEqual(expect.any(String));
    expect(JSON.stringify(response.json())).not.toMatch(/scrypt|password/i);
  });

  it("marks the cookie Secure when the request came over HTTPS through a trusted proxy", async () => {
    const app = await buildApp({
      repos: ctx.repos,
      database: ctx.database,
      dataDir: ctx.dataDir,
      webDir: null,
      trustProxy: true,
      publicUrl: ORIGIN,
    });
    const response = await app.inject({
      method: "POST",
      url: "/api/session",
      headers: { origin: "https://localhost:3000", host: "localhost:3000", "x-forwarded-proto": "https" },
      payload: { email: editorEmail, password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect([response.headers["set-cookie"]].flat().join("\n")).toMatch(/jubkoo_session=[^;]+;.*Secure/);
    await app.close();
  });

  it("answers GET /api/session with the user, or 401 for a visitor and for a made-up cookie", async () => {
    const session = await signIn(ctx.app, editorEmail);
    expect((await me(session.cookie)).json().user.email).toBe(editorEmail);
    expect((await ctx.app.inject("/api/session")).statusCode).toBe(401);
    const forged = await me("jubkoo_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe("unauthenticated");
  });

  it("rotates the session id at sign-in: the session from before no longer works", async () => {
    const first = await signIn(ctx.app, editorEmail);
    const second = await ctx.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { origin: ORIGIN, cookie: first.cookie },
      payload: { email: editorEmail, password: PASSWORD },
    });
    const secondCookie = [second.headers["set-cookie"]].flat().find((line) => line?.startsWith("jubkoo_session="));
    expect(secondCookie?.split(";")[0]).not.toBe(
      first.cookie.split(";").find((part) => part.startsWith("jubkoo_session=")),
    );
    expect((await me(first.cookie)).statusCode).toBe(401);
  });

  it("ends a session after the idle timeout, and keeps an active one alive until the absolute end", async () => {
    const idle = await signIn(ctx.app, editorEmail);
    ctx.clock.advance(121 * MINUTE);
    expect((await me(idle.cookie)).statusCode).toBe(401);

    const active = await signIn(ctx.app, editorEmail);
    for (let hour = 1; hour < 12; hour++) {
      ctx.clock.advance(60 * MINUTE);
      expect((await me(active.cookie)).statusCode, `after ${hour} h of activity`).toBe(200);
    }
    ctx.clock.advance(61 * MINUTE);
    expect((await me(active.cookie)).statusCode).toBe(401);
  });

  it("signs out of one session, and everywhere", async () => {
    const here = await signIn(ctx.app, editorEmail);
    const there = await signIn(ctx.app, editorEmail);
    const out = await ctx.app.inject(asUser(here, { method: "DELETE", url: "/api/session" }));
    expect(out.statusCode).toBe(204);
    expect([out.headers["set-cookie"]].flat().join("\n")).toMatch(/jubkoo_session=;/);
    expect((await me(here.cookie)).statusCode).toBe(401);
    expect((await me(there.cookie)).statusCode).toBe(200);

    const third = await signIn(ctx.app, editorEmail);
    expect((await ctx.app.inject(asUser(third, { method: "DELETE", url: "/api/sessions" }))).statusCode).toBe(204);
    expect((await me(there.cookie)).statusCode).toBe(401);
    expect((await me(third.cookie)).statusCode).toBe(401);
  });

  it("ends every session of a disabled account, which then cannot sign in; what it wrote stays", async () => {
    const admin = await signIn(ctx.app, (await makeUser(ctx.deps, "admin")).email);
    const editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    const session = await signIn(ctx.app, editor.email);
    const added = await ctx.app.inject(
      asUser(session, {
        method: "POST",
        url: "/api/needs-offers",
        payload: {
          party: "TH-50",
          kind: "need",
          text: { th: "ล่ามภาษาญี่ปุ่น" },
          issues: ["language"],
          source: { kind: "self-reported" },
        },
      }),
    );
    expect(added.statusCode).toBe(201);
    const disable = await ctx.app.inject(
      asUser(admin, { method: "PATCH", url: `/api/users/${editor.id}`, payload: { status: "disabled" } }),
    );
    expect(disable.statusCode).toBe(200);
    expect((await me(session.cookie)).statusCode).toBe(401);
    const again = await ctx.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { origin: ORIGIN },
      payload: { email: editor.email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe("sign_in_failed");
    expect((await ctx.repos.needsOffers.list({ party: "TH-50" })).map((item) => item.id)).toContain(added.json().id);
  });

  it("records sign-in, failed sign-in and sign-out in the audit trail with the address", async () => {
    const editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    const before = await auditCount(ctx.database);
    await ctx.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { origin: ORIGIN },
      payload: { email: editor.email, password: "wrong password!" },
    });
    const session = await signIn(ctx.app, editor.email);
    await ctx.app.inject(asUser(session, { method: "DELETE", url: "/api/session" }));
    expect(await auditCount(ctx.database)).toBe(before + 3);
    const actions = (await ctx.repos.audit.forRecord(editor.id, { limit: 3 })).map((entry) => [entry.action, entry.ip]);
    expect(actions).toEqual([
      ["session.sign-out", "127.0.0.1"],
      ["session.sign-in", "127.0.0.1"],
      ["session.sign-in-failed", "127.0.0.1"],
    ]);
  });
});
