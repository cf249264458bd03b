import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMailer } from "../../src/services/mail/mailer.ts";
import { auditCount } from "../support/db-snapshot.ts";
import { mailText, startSmtpServer } from "../support/smtp.ts";
import { testEngine } from "../support/test-database.ts";
import {
  asUser,
  makeUser,
  ORIGIN,
  PASSWORD,
  type Session,
  signIn,
  type WorkspaceTestApp,
  workspaceApp,
} from "../support/workspace.ts";

const tokenOf = (link: string) => link.split("/").pop() ?? "";

describe(`password reset by an administrator's link on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let admin: Session;
  let adminEmail: string;

  beforeAll(async () => {
    ctx = await workspaceApp();
    adminEmail = (await makeUser(ctx.deps, "admin")).email;
  });
  beforeEach(async () => {
    admin = await signIn(ctx.app, adminEmail);
  });
  afterAll(() => ctx.app.close());

  const complete = (token: string, password: string) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/password-resets/${token}`,
      headers: { origin: ORIGIN },
      payload: { password },
    });

  it("sets the new password once, ends every session of the account, and the old password stops working", async () => {
    const editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    const oldSession = await signIn(ctx.app, editor.email);
    const made = await ctx.app.inject(asUser(admin, { method: "POST", url: `/api/users/${editor.id}/reset-link` }));
    expect(made.statusCode).toBe(201);
    const token = tokenOf(made.json().link);
    const audits = await auditCount(ctx.database);
    expect((await complete(token, "a brand new passphrase")).statusCode).toBe(204);
    expect(await auditCount(ctx.database)).toBe(audits + 1);
    expect((await ctx.repos.audit.recent({ limit: 1 }))[0]).toMatchObject({
      action: "password-reset.complete",
      recordId: editor.id,
    });
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/session", headers: { cookie: oldSession.cookie } })).statusCode,
    ).toBe(401);
    await expect(signIn(ctx.app, editor.email, PASSWORD)).rejects.toThrow(/401/);
    expect((await signIn(ctx.app, editor.email, "a brand new passphrase")).userId).toBe(editor.id);
    const reused = await complete(token, "yet another passphrase");
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe("token_invalid");
  });

  it("refuses a reset link after two hours", async () => {
    const editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    const token = tokenOf(
      (await ctx.app.inject(asUser(admin, { method: "POST", url: `/api/users/${editor.id}/reset-link` }))).json().link,
    );
    ctx.clock.advance(2 * 60 * 60_000 + 1_000);
    expect((await complete(token, "a brand new passphrase")).statusCode).toBe(400);
  });

  it("never shows a link to whoever asks for one: without mail, the answer is the same for any address", async () => {
    const editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    const ask = (email: string) =>
      ctx.app.inject({ method: "POST", url: "/api/password-resets", headers: { origin: ORIGIN }, payload: { email } });
    const known = await ask(editor.email);
    const unknown = await ask("nobody@example.org");
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual({ isMailConfigured: false });
    expect(unknown.json()).toEqual(known.json());
  });
});

describe(`self-service password reset by mail on ${testEngine()}`, () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ctx: WorkspaceTestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ctx = await workspaceApp({ mailer: createMailer(smtp.url, "Jubkoo <no-reply@jubkoo.test>") });
  });
  afterAll(async () => {
    await ctx.app.close();
    await smtp.close();
  });

  it("mails a link to an account's address only, with the same answer for an unknown address", async () => {
    const editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    const audits = await auditCount(ctx.database);
    const ask = (email: string) =>
      ctx.app.inject({ method: "POST", url: "/api/password-resets", headers: { origin: ORIGIN }, payload: { email } });
    const known = await ask(editor.email);
    const unknown = await ask("nobody@example.org");
    expect(known.json()).toEqual(unknown.json());
    expect(await auditCount(ctx.database)).toBe(audits + 2);
    for (let wait = 0; wait < 50 && smtp.received.length === 0; wait++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(smtp.received.map((mail) => mail.to)).toEqual([[editor.email]]);
    const link = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mailText(smtp.received[0]?.raw ?? ""));
    const done = await ctx.app.inject({
      method: "POST",
      url: `/api/password-resets/${link?.[1]}`,
      headers: { origin: ORIGIN },
      payload: { password: "mailed reset works fine" },
    });
    expect(done.statusCode).toBe(204);
  });
});
