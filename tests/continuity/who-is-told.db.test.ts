import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueNotice } from "../../src/services/notifications/outbox.ts";
import { noticeDormantRelations, noticeReportsDue } from "../../src/services/notifications/scanners.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Told = Array<[string, string]>;

describe(`who is told what, and never twice, on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  const users: Record<string, { id: string; email: string }> = {};
  let chiangMaiCity: Session;
  let toyama: Session;
  let facilitator: Session;

  /** Every notice of every user, as [user, kind], users by the names given here. */
  const told = async (): Promise<Told> => {
    const names = new Map(Object.entries(users).map(([name, user]) => [user.id, name]));
    const rows = await Promise.all(
      Object.values(users).map(async (user) => ctx.repos.notices.forUser(user.id, { limit: 500 })),
    );
    return rows
      .flat()
      .map((row): [string, string] => [names.get(row.userId) ?? row.userId, row.kind])
      .sort();
  };
  const scanDeps = () => ({ db: ctx.database.db, repos: ctx.repos, now: ctx.clock.now });

  beforeAll(async () => {
    ctx = await workspaceApp();
    const make = async (name: string, role: "editor" | "facilitator" | "admin", localities: string[] = []) => {
      users[name] = await makeUser(ctx.deps, role, { localities });
    };
    await make("chiangMaiCity", "editor", ["TH-50-chiang-mai-city"]);
    await make("chiangMai", "editor", ["TH-50"]);
    await make("uozu", "editor", ["JP-16204"]);
    await make("fukuoka", "editor", ["JP-40"]);
    await make("toyama", "editor", ["JP-16"]);
    await make("bangkok", "editor", ["TH-10"]);
    await make("facilitator", "facilitator");
    await make("admin", "admin");
    chiangMaiCity = await signIn(ctx.app, users.chiangMaiCity?.email ?? "");
    toyama = await signIn(ctx.app, users.toyama?.email ?? "");
    facilitator = await signIn(ctx.app, users.facilitator?.email ?? "");
  });
  afterAll(() => ctx.app.close());

  it("tells a partner whose offer meets a new need, and facilitators, with the matcher's reason", async () => {
    const need = {
      party: "TH-50-chiang-mai-city",
      kind: "need",
      text: { en: "Host families for a high-school exchange" },
      issues: ["youth-exchange"],
      source: { kind: "self-reported" },
    };
    const created = await ctx.app.inject(
      asUser(chiangMaiCity, { method: "POST", url: "/api/needs-offers", payload: need }),
    );
    expect(created.statusCode).toBe(201);
    // Uozu (a sister city) and Fukuoka both offer youth exchange; only Uozu is Chiang Mai City's partner.
    expect(await told()).toEqual([
      ["facilitator", "need-offer-match"],
      ["uozu", "need-offer-match"],
    ]);
    const [toUozu] = await ctx.repos.notices.forUser(users.uozu?.id ?? "");
    const payload = toUozu?.payload as { matched: string; issue: string; reason: { en: string; ja: string } };
    expect(payload).toMatchObject({ matched: "JP-16204", issue: "youth-exchange" });
    expect(payload.reason.en).toMatch(
      /^On Youth and people-to-people exchange, Chiang Mai City Municipality wants cooperation and Uozu( City)? has something to offer: /,
    );
    const [toFacilitator] = await ctx.repos.notices.forUser(users.facilitator?.id ?? "");
    expect(
      ((toFacilitator?.payload ?? { matches: [] }) as { matches: Array<{ locality: string }> }).matches.map(
        (m) => m.locality,
      ),
    ).toEqual(["JP-16204", "JP-40"]);

    // Edited twice: the same matches are not told again.
    const id = created.json().id;
    const { party: _party, ...update } = need;
    for (const text of ["Host families for 20 students", "Host families for 25 students"]) {
      const changed = await ctx.app.inject(
        asUser(chiangMaiCity, {
          method: "PUT",
          url: `/api/needs-offers/${id}`,
          payload: { ...update, text: { en: text } },
        }),
      );
      expect(changed.statusCode).toBe(200);
    }
    expect(await told()).toHaveLength(2);
  });

  it("tells the inbox in the reader's language, counts what is unread, and marks it read", async () => {
    const session = await signIn(ctx.app, users.uozu?.email ?? "");
    const inbox = await ctx.app.inject(asUser(session, { method: "GET", url: "/api/notices?lang=ja" }));
    expect(inbox.json().unread).toBe(1);
    const [item] = inbox.json().items;
    expect(item.title).toBe("チェンマイ市が「青少年・市民交流」の支援を求めています。魚津市が提供できる分野です");
    expect(item.body).toContain("チェンマイ市は協力を望み、魚津市は提供できるものを持つ");
    expect(item.link).toBe("/atlas/TH-50-chiang-mai-city");
    const count = await ctx.app.inject(asUser(session, { method: "GET", url: "/api/notices/unread-count" }));
    expect(count.json()).toEqual({ unread: 1 });
    const read = await ctx.app.inject(asUser(session, { method: "POST", url: "/api/notices/read", payload: {} }));
    expect(read.json()).toEqual({ marked: 1, unread: 0 });
    // Nobody reads or marks another's notices: the facilitator's stays unread.
    expect(await ctx.repos.notices.unreadCount(users.facilitator?.id ?? "")).toBe(1);
  });

  it("shows notices of kinds it does not know, and proposals' steps, sensibly", async () => {
    const userId = users.toyama?.id ?? "";
    await enqueueNotice(
      ctx.repos,
      {
        userId,
        kind: "proposal-step",
        dedupeKey: "p:1",
        payload: { proposalId: "p-1", title: { en: "Kitakyushu waste MoU" } },
      },
      ctx.clock.now(),
    );
    // As the proposals feature words it: the two parties, the step reached and the act awaited.
    await enqueueNotice(
      ctx.repos,
      {
        userId,
        kind: "proposal-step",
        dedupeKey: "p:2",
        payload: {
          proposalId: "p-2",
          step: "no-such-step",
          act: "no-such-act",
          thaiParty: "TH-50",
          japaneseParty: "JP-16",
        },
      },
      ctx.clock.now(),
    );
    await enqueueNotice(
      ctx.repos,
      { userId, kind: "survey-invitation", dedupeKey: "s:1", payload: {} },
      ctx.clock.now(),
    );
    const inbox = (await ctx.app.inject(asUser(toyama, { method: "GET", url: "/api/notices?lang=en" }))).json();
    type Item = { title: string; body: string | null; link: string | null };
    expect(inbox.items.map((item: Item) => [item.title, item.body, item.link]).sort()).toEqual([
      [
        "A proposal awaits your action: Chiang Mai – Toyama Prefecture",
        "no-such-act · Step: no-such-step",
        "/proposals/p-2",
      ],
      ["A proposal awaits your action: Kitakyushu waste MoU", null, "/proposals/p-1"],
      ["New notice (survey-invitation)", null, null],
    ]);
  });

  it("tells each party's editors once when a relation goes quiet, and again only after it revived", async () => {
    const before = (await told()).length;
    const document = [{ kind: "document", title: "Meeting minutes" }];
    const log = (date: string) =>
      ctx.app.inject(
        asUser(facilitator, {
          method: "POST",
          url: "/api/relations/sister-chiang-mai-city-uozu/activities",
          payload: { kind: "meeting", title: { en: "Meeting" }, date, sources: document },
        }),
      );
    expect((await log("2025-03")).statusCode).toBe(201);
    expect(await noticeDormantRelations(scanDeps())).toBe(2);
    expect(await noticeDormantRelations(scanDeps())).toBe(0);
    const added = (await told()).slice(0);
    expect(added.filter(([, kind]) => kind === "relation-dormant")).toEqual([
      ["chiangMaiCity", "relation-dormant"],
      ["uozu", "relation-dormant"],
    ]);
    // A later activity, then silence again: a new silence, told anew.
    expect((await log("2025-05")).statusCode).toBe(201);
    expect(await noticeDormantRelations(scanDeps())).toBe(2);
    expect((await told()).length).toBe(before + 4);
  });

  it("tells Thai provinces' editors their annual report is due, reminds once, and stops once it is submitted", async () => {
    ctx.clock.advance(30 * 24 * 3600_000); // 5 January 2027: the 2026 report is due.
    expect(await noticeReportsDue(scanDeps())).toBe(2);
    expect(await noticeReportsDue(scanDeps())).toBe(0);
    const due = (await told()).filter(([, kind]) => kind === "report-due");
    // Chiang Mai province and Bangkok report to MOI; a municipality and Japanese localities do not.
    expect(due).toEqual([
      ["bangkok", "report-due"],
      ["chiangMai", "report-due"],
    ]);
    const bangkok = await signIn(ctx.app, users.bangkok?.email ?? "");
    const report = await ctx.app.inject(
      asUser(bangkok, { method: "POST", url: "/api/annual-reports", payload: { locality: "TH-10", year: 2026 } }),
    );
    expect(report.statusCode).toBe(201);
    const submitted = await ctx.app.inject(
      asUser(bangkok, { method: "POST", url: `/api/annual-reports/${report.json().id}/submit`, payload: {} }),
    );
    expect(submitted.statusCode).toBe(200);
    ctx.clock.advance(60 * 24 * 3600_000);
    expect(await noticeReportsDue(scanDeps())).toBe(1);
    const reminded = (await told()).filter(([, kind]) => kind === "report-due");
    expect(reminded).toEqual([
      ["bangkok", "report-due"],
      ["chiangMai", "report-due"],
      ["chiangMai", "report-due"],
    ]);
  });

  it("tells a partner whose need a new offer meets, with the matcher's reason, and not the offering editor", async () => {
    const before = await told();
    const uozu = await signIn(ctx.app, users.uozu?.email ?? "");
    const offer = {
      party: "JP-16204",
      kind: "offer",
      text: { ja: "ホームステイ先を市内の家庭で用意します" },
      issues: ["youth-exchange"],
      source: { kind: "self-reported" },
    };
    const created = await ctx.app.inject(asUser(uozu, { method: "POST", url: "/api/needs-offers", payload: offer }));
    expect(created.statusCode).toBe(201);
    // Chiang Mai City (Uozu's sister city) stated that need in the first test; Uozu itself is not told.
    const newly = (await Promise.all(Object.values(users).map((user) => ctx.repos.notices.forUser(user.id))))
      .flat()
      .filter((row) => (row.payload as { itemId?: string }).itemId === created.json().id);
    const names = new Map(Object.entries(users).map(([name, user]) => [user.id, name]));
    expect(newly.map((row) => names.get(row.userId)).sort()).toEqual(["chiangMaiCity", "facilitator"]);
    expect((await told()).length - before.length).toBe(2);
    const toChiangMai = newly.find((row) => row.userId === users.chiangMaiCity?.id);
    const payload = toChiangMai?.payload as {
      itemKind: string;
      matched: string;
      issue: string;
      reason: { en: string };
    };
    expect(payload).toMatchObject({ itemKind: "offer", matched: "TH-50-chiang-mai-city", issue: "youth-exchange" });
    expect(payload.reason.en).toMatch(
      /^On Youth and people-to-people exchange, Chiang Mai City Municipality wants cooperation and Uozu( City)? has something to offer: /,
    );
  });
});
