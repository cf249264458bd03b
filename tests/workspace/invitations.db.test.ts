import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMailer } from "../../src/services/mail/mailer.ts";
import { auditCount, snapshot } from "../support/db-snapshot.ts";
import { mailText, startSmtpServer } from "../support/smtp.ts";
import { testEngine } from "../support/test-database.ts";
import {
  asUser,
  makeUser,
  ORIGIN,
  type Session,
  signIn,
  type WorkspaceTestApp,
  workspaceApp,
} from "../support/workspace.ts";

const DAY = 24 * 60 * 60_000;
const tokenOf = (link: string) => link.split("/").pop() ?? "";

describe(`invitations on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let admin: Session;
  let adminEmail: string;
  let count = 0;
  const email = () => `officer-${++count}@chiangmai.go.th`;

  beforeAll(async () => {
    ctx = await workspaceApp();
    adminEmail = (await makeUser(ctx.deps, "admin")).email;
  });
  // Tests move the clock past sessions' lifetimes: each starts signed in afresh.
  beforeEach(async () => {
    admin = await signIn(ctx.app, adminEmail);
  });
  afterAll(() => ctx.app.close());

  const invite = (payload: object, session = admin) =>
    ctx.app.inject(asUser(session, { method: "POST", url: "/api/invitations", payload }));
  const accept = (token: string, payload: object, lang = "en") =>
    ctx.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/accept?lang=${lang}`,
      headers: { origin: ORIGIN },
      payload,
    });

  it("shows the inviter a one-time link when no mail server is configured; accepting signs the new editor in", async () => {
    const address = email();
    const response = await invite({ email: address, role: "editor", scope: { localities: ["TH-50"] } });
    expect(response.statusCode).toBe(201);
    const { link, mailed } = response.json();
    expect(mailed).toBe(false);
    expect(link).toMatch(new RegExp(`^${ORIGIN}/invitation/[A-Za-z0-9_-]{43}$`));

    const offered = await ctx.app.inject(`/api/invitations/${tokenOf(link)}`);
    expect(offered.json()).toMatchObject({ email: address, role: "editor", scope: { localities: ["TH-50"] } });

    const audits = await auditCount(ctx.database);
    const accepted = await accept(tokenOf(link), { name: "Somchai Jaidee", password: "a long enough password" });
    expect(accepted.statusCode).toBe(201);
    // Accepting is one change in the trail: the account it makes, with who invited it.
    expect(await auditCount(ctx.database)).toBe(audits + 1);
    const [entry] = await ctx.repos.audit.recent({ limit: 1 });
    expect(entry).toMatchObject({ action: "invitation.accept", actorEmail: address });
    const cookie =
      [accepted.headers["set-cookie"]]
        .flat()
        .find((line) => line?.startsWith("jubkoo_session="))
        ?.split(";")[0] ?? "";
    const me = await ctx.app.inject({ method: "GET", url: "/api/session", headers: { cookie } });
    expect(me.json().user).toMatchObject({ email: address, name: "Somchai Jaidee", role: "editor" });
  });

  it("refuses a link used once already, and a link past its 7 days, changing nothing", async () => {
    const { link } = (await invite({ email: email(), role: "editor", scope: { localities: ["TH-50"] } })).json();
    expect((await accept(tokenOf(link), { name: "A", password: "a long enough password" })).statusCode).toBe(201);
    const before = await snapshot(ctx.database);
    const reused = await accept(tokenOf(link), { name: "B", password: "another long password" });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe("token_invalid");
    expect(await snapshot(ctx.database)).toBe(before);

    const late = (await invite({ email: email(), role: "editor", scope: { localities: ["TH-50"] } })).json();
    ctx.clock.advance(7 * DAY + 1_000);
    expect((await ctx.app.inject(`/api/invitations/${tokenOf(late.link)}`)).statusCode).toBe(400);
    expect((await accept(tokenOf(late.link), { name: "C", password: "a long enough password" })).statusCode).toBe(400);
  });

  it("says per field what is wrong, in the reader's language, and writes nothing", async () => {
    const { link } = (await invite({ email: email(), role: "editor", scope: { localities: ["TH-50"] } })).json();
    const before = await snapshot(ctx.database);
    const short = await accept(tokenOf(link), { name: "", password: "short" }, "th");
    expect(short.statusCode).toBe(400);
    const details = short.json().error.details as Array<{ field: string; message: string }>;
    expect(details.map((detail) => detail.field).sort()).toEqual(["name", "password"]);
    expect(details.find((detail) => detail.field === "password")?.message).toBe("รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร");
    expect(await snapshot(ctx.database)).toBe(before);
    const bad = await invite({ email: "not an address", role: "editor", scope: { localities: ["TH-99"] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((detail: { field: string }) => detail.field)).toContain("email");
  });

  it("refuses to invite an address that already has an active account, and an editor with no locality", async () => {
    const existing = await makeUser(ctx.deps, "editor", { localities: ["TH-10"] });
    expect((await invite({ email: existing.email, role: "editor", scope: { localities: ["TH-10"] } })).statusCode).toBe(
      409,
    );
    const noScope = await invite({ email: email(), role: "editor" });
    expect(noScope.statusCode).toBe(400);
  });

  it("lets a facilitator invite editors but not facilitators or admins", async () => {
    const facilitator = await signIn(ctx.app, (await makeUser(ctx.deps, "facilitator")).email);
    expect(
      (await invite({ email: email(), role: "editor", scope: { localities: ["JP-16"] } }, facilitator)).statusCode,
    ).toBe(201);
    expect((await invite({ email: email(), role: "facilitator" }, facilitator)).statusCode).toBe(403);
    expect((await invite({ email: email(), role: "admin" }, facilitator)).statusCode).toBe(403);
  });
});

describe(`invitation mail on ${testEngine()}`, () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ctx: WorkspaceTestApp;
  let admin: Session;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ctx = await workspaceApp({ mailer: createMailer(smtp.url, "Jubkoo <no-reply@jubkoo.test>") });
    admin = await signIn(ctx.app, (await makeUser(ctx.deps, "admin")).email);
  });
  afterAll(async () => {
    await ctx.app.close();
    await smtp.close();
  });
  afterEach(() => {
    smtp.received.length = 0;
  });

  it("mails the invitation through the SMTP server, in the chosen language, and does not show the link", async () => {
    const response = await ctx.app.inject(
      asUser(admin, {
        method: "POST",
        url: "/api/invitations",
        payload: { email: "kansai@pref.toyama.lg.jp", role: "editor", scope: { localities: ["JP-16"] }, lang: "ja" },
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ mailed: true });
    expect(response.json().link).toBeUndefined();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(["kansai@pref.toyama.lg.jp"]);
    const text = mailText(mail?.raw ?? "");
    expect(text).toMatch(/チャップクーに招待しました/);
    const link = /http:\/\/localhost:3000\/invitation\/([A-Za-z0-9_-]{43})/.exec(text);
    expect(link?.[1]).toBeDefined();
    expect((await ctx.app.inject(`/api/invitations/${link?.[1]}`)).json().email).toBe("kansai@pref.toyama.lg.jp");
  });

  it("shows the link instead when the mail server refuses the message, so the invitation is not lost", async () => {
    const failing = await startSmtpServer({ failing: true });
    const app2 = await workspaceApp({ mailer: createMailer(failing.url, "Jubkoo <no-reply@jubkoo.test>") });
    const admin2 = await signIn(app2.app, (await makeUser(app2.deps, "admin")).email);
    const response = await app2.app.inject(
      asUser(admin2, {
        method: "POST",
        url: "/api/invitations",
        payload: { email: "x@example.org", role: "facilitator" },
      }),
    );
    expect(response.json()).toMatchObject({ mailed: false, mailError: true });
    expect(response.json().link).toMatch(/\/invitation\//);
    await app2.app.close();
    await failing.close();
  });
});
