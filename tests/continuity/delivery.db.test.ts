import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMailer, type Mail, type Mailer } from "../../src/services/mail/mailer.ts";
import { CLAIM_LEASE_MS, deliverDue } from "../../src/services/notifications/delivery.service.ts";
import { makeDigests } from "../../src/services/notifications/digest.service.ts";
import { enqueueNotice } from "../../src/services/notifications/outbox.ts";
import { createRepositories } from "../../src/store/repositories.ts";
import { mailText, startSmtpServer } from "../support/smtp.ts";
import { secondConnection, testEngine } from "../support/test-database.ts";
import { makeUser, ORIGIN, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

const messageIds = (smtp: Smtp) =>
  smtp.received.map((mail) => /^message-id:\s*(\S+)/im.exec(mail.raw)?.[1] ?? "").sort();

describe(`mail delivery of notices on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let smtp: Smtp;
  let mailer: Mailer;
  const switchable = { failing: false };
  let thaiUser: { id: string; email: string };
  let counter = 0;

  const notice = async (userId = thaiUser.id, kind = "report-due") => {
    const dedupeKey = `test:${++counter}`;
    await enqueueNotice(
      ctx.repos,
      { userId, kind, dedupeKey, payload: { locality: "TH-50", year: 2025 } },
      ctx.clock.now(),
    );
    return dedupeKey;
  };
  const deps = (withMailer: Mailer = mailer) => ({
    repos: ctx.repos,
    mailer: withMailer,
    now: ctx.clock.now,
    publicUrl: ORIGIN,
  });
  const statusOf = async (userId: string) =>
    (await ctx.repos.notices.forUser(userId)).map((row) => [row.emailStatus, row.emailAttempts]);

  beforeAll(async () => {
    ctx = await workspaceApp();
    smtp = await startSmtpServer(switchable);
    mailer = createMailer(smtp.url, "jubkoo@example.org") as Mailer;
    const user = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    await ctx.repos.users.update(user.id, { lang: "th" }, ctx.clock.now());
    thaiUser = user;
  });
  afterEach(async () => {
    smtp.received.length = 0;
    switchable.failing = false;
    await ctx.repos.reference.truncateAll();
    await ctx.repos.users.insert(
      {
        id: thaiUser.id,
        email: thaiUser.email,
        name: "Officer",
        role: "editor",
        scope: { localities: ["TH-50"], organisations: [] },
        passwordHash: "x",
        lang: "th",
      },
      ctx.clock.now(),
    );
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await ctx.app.close();
  });

  it("mails a notice once, in the recipient's language, and marks it sent", async () => {
    await notice();
    expect(await deliverDue(deps())).toMatchObject({ sent: 1, retrying: 0 });
    expect(await deliverDue(deps())).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual([thaiUser.email]);
    const text = mailText(smtp.received[0]?.raw ?? "");
    expect(text).toContain("รายงานประจำปี 2025");
    expect(text).toContain(`${ORIGIN}/reports?locality=TH-50&year=2025`);
    expect(await statusOf(thaiUser.id)).toEqual([["sent", 1]]);
  });

  it("delays mail while the SMTP server fails, backing off, and sends it once when it recovers", async () => {
    await notice();
    switchable.failing = true;
    expect(await deliverDue(deps())).toMatchObject({ sent: 0, retrying: 1 });
    let [row] = await ctx.repos.notices.forUser(thaiUser.id);
    expect(row?.emailStatus).toBe("pending");
    expect(row?.emailNextAttemptAt?.getTime()).toBe(ctx.clock.now().getTime() + 60_000);
    // Not due yet: nothing is tried.
    expect(await deliverDue(deps())).toMatchObject({ sent: 0, retrying: 0 });
    ctx.clock.advance(60_000);
    expect(await deliverDue(deps())).toMatchObject({ retrying: 1 });
    [row] = await ctx.repos.notices.forUser(thaiUser.id);
    expect(row?.emailNextAttemptAt?.getTime()).toBe(ctx.clock.now().getTime() + 120_000);
    expect(row?.emailLastError).toContain("mailbox unavailable");

    switchable.failing = false;
    ctx.clock.advance(120_000);
    expect(await deliverDue(deps())).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(await statusOf(thaiUser.id)).toEqual([["sent", 3]]);
  });

  it("never sends a notice twice after a crash mid-send and a restart, and sends the rest once", async () => {
    await notice();
    await notice();
    // The worker hands the first mail to the server, then the process dies before recording it.
    let accepted: () => void = () => undefined;
    const handedOver = new Promise<void>((resolve) => {
      accepted = resolve;
    });
    const dying: Mailer = {
      send: async (mail: Mail) => {
        await mailer.send(mail);
        accepted();
        await new Promise(() => undefined);
      },
      close: () => undefined,
    };
    void deliverDue(deps(dying));
    await handedOver;
    expect(smtp.received).toHaveLength(1);

    // Restarted within the claim's lease: the claimed notice is left alone, the other goes out.
    expect(await deliverDue(deps())).toMatchObject({ sent: 1, abandoned: 0 });
    ctx.clock.advance(CLAIM_LEASE_MS + 1);
    expect(await deliverDue(deps())).toMatchObject({ sent: 0, abandoned: 1 });
    expect(await deliverDue(deps())).toMatchObject({ sent: 0, abandoned: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(new Set(messageIds(smtp)).size).toBe(2);
    expect((await statusOf(thaiUser.id)).map(([status]) => status).sort()).toEqual(["sent", "unconfirmed"]);
    // The notice itself is not lost: it is in the inbox.
    expect(await ctx.repos.notices.unreadCount(thaiUser.id)).toBe(2);
  });

  it("lets several workers run at once without sending any notice twice", async () => {
    for (let index = 0; index < 12; index++) await notice();
    const other = testEngine() === "postgres" ? await secondConnection() : undefined;
    const second = other ? { ...deps(), repos: createRepositories(other.db) } : deps();
    const reports = await Promise.all([deliverDue(deps()), deliverDue(second), deliverDue(deps())]);
    await other?.close();
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(12);
    expect(smtp.received).toHaveLength(12);
    expect(new Set(messageIds(smtp)).size).toBe(12);
  });

  it("follows each user's choice: kinds switched off are not kept, email off stays in the inbox", async () => {
    await ctx.repos.preferences.save(
      thaiUser.id,
      { kinds: { "report-due": false }, email: "instant" },
      ctx.clock.now(),
    );
    await notice();
    await notice(thaiUser.id, "claim-awaiting");
    await ctx.repos.preferences.save(thaiUser.id, { kinds: {}, email: "off" }, ctx.clock.now());
    await notice(thaiUser.id, "review-decision");
    expect((await ctx.repos.notices.forUser(thaiUser.id)).map((row) => [row.kind, row.emailStatus]).sort()).toEqual([
      ["claim-awaiting", "pending"],
      ["review-decision", "none"],
    ]);
    await deliverDue(deps());
    expect(smtp.received).toHaveLength(1);
  });

  it("gathers a week's notices into one digest mail, made once however often it runs", async () => {
    await ctx.repos.preferences.save(thaiUser.id, { kinds: {}, email: "digest" }, ctx.clock.now());
    await notice();
    await notice(thaiUser.id, "claim-awaiting");
    const digestDeps = { db: ctx.database.db, repos: ctx.repos, now: ctx.clock.now, newId: () => crypto.randomUUID() };
    // Sunday 6 December 2026: this week's notices wait for the digest of Monday 7 December.
    expect(await makeDigests(digestDeps)).toBe(0);
    ctx.clock.advance(17 * 3600_000);
    expect(await makeDigests(digestDeps)).toBe(1);
    expect(await makeDigests(digestDeps)).toBe(0);
    await deliverDue(deps());
    await deliverDue(deps());
    expect(smtp.received).toHaveLength(1);
    const text = mailText(smtp.received[0]?.raw ?? "");
    expect(text).toContain("สรุปครั้งก่อน");
    expect(text.match(/•/g)).toHaveLength(2);
    // The digest is not an inbox item; the two notices are, and are marked as gone out in it.
    expect((await ctx.repos.notices.forUser(thaiUser.id)).map((row) => row.emailStatus)).toEqual([
      "digested",
      "digested",
    ]);
  });
});
