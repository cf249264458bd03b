import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCount } from "../support/db-snapshot.ts";
import { proposalAt, readyContent, THAI_PATH } from "../support/proposals.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Progress = { year: number; target: number | null; actual: number; isMet: boolean | null };
type LogObjective = {
  text: Record<string, string>;
  indicators: Array<{
    id: string;
    name: Record<string, string>;
    targets: Record<string, number>;
    progress: Progress[];
  }>;
};

describe(`proposals and continuity together on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  const sessions: Record<string, Session> = {};
  const users: Record<string, Awaited<ReturnType<typeof makeUser>>> = {};

  beforeAll(async () => {
    ctx = await workspaceApp();
    users.editor = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
    users.jpEditor = await makeUser(ctx.deps, "editor", { localities: ["JP-16"] });
    users.facilitator = await makeUser(ctx.deps, "facilitator");
    for (const [name, user] of Object.entries(users)) sessions[name] = await signIn(ctx.app, user.email);
  });
  afterAll(() => ctx.app.close());

  const facilitator = () => ({
    ...(users.facilitator as NonNullable<typeof users.facilitator>),
    kind: "user" as const,
  });
  const send = (who: string | undefined, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    ctx.app.inject(
      asUser(who ? sessions[who] : undefined, { method, url, ...(payload === undefined ? {} : { payload }) }),
    );

  it("carries a signed proposal's objectives and first-year plan to its relation, where the log and the annual report count them", async () => {
    const content = readyContent("TH-50", "JP-16", {
      objectives: [{ th: "เพิ่มนักท่องเที่ยวญี่ปุ่น" }, { en: "Exchange students" }],
      activities: [
        { what: { th: "งานท่องเที่ยวร่วม" }, when: "2026-12", target: { th: "ผู้เข้าชม 2,000 คน", en: "2,000 visitors" } },
        { what: { en: "Trade desk" }, when: "2027", target: { en: "a desk opened" } },
      ],
    });
    const beforeSigning = await proposalAt(ctx.deps, facilitator(), content, THAI_PATH.slice(0, -1));
    const audits = await auditCount(ctx.database);
    const signed = await send("editor", "POST", `/api/proposals/${beforeSigning.id}/acts`, {
      act: "sign",
      on: "2026-12-01",
    });
    expect(signed.statusCode).toBe(200);
    // One act, one audit entry: the relation's creation, which says the plan came with it.
    expect(await auditCount(ctx.database)).toBe(audits + 1);
    const relationId = signed.json().relationId as string;
    const history = (await send("facilitator", "GET", `/api/audit?record=${relationId}`)).json();
    expect(history.items.map((entry: { action: string }) => entry.action)).toEqual(["relation.create"]);

    const log = (await send("editor", "GET", `/api/relations/${relationId}/log`)).json() as {
      objectives: LogObjective[];
    };
    expect(log.objectives.map((objective) => objective.text)).toEqual([
      { th: "เพิ่มนักท่องเที่ยวญี่ปุ่น" },
      { en: "Exchange students" },
      {
        th: "แผนงานปีแรกของข้อเสนอความร่วมมือ",
        en: "First-year plan of the cooperation proposal",
        ja: "協力提案の初年度計画",
      },
    ]);
    const [fair, desk] = log.objectives[2]?.indicators ?? [];
    expect(fair?.name).toEqual({ th: "งานท่องเที่ยวร่วม: ผู้เข้าชม 2,000 คน", en: "2,000 visitors" });
    expect(fair?.targets).toEqual({ 2026: 2000 });
    expect(desk?.targets).toEqual({});

    // The Japanese side logs the fair with its count: progress on the relation page and in the report.
    const logged = await send("jpEditor", "POST", `/api/relations/${relationId}/activities`, {
      kind: "trade-fair",
      title: { ja: "合同観光フェア" },
      date: "2026-12-03",
      indicatorValues: [{ indicator: fair?.id, value: 1500 }],
      sources: [{ kind: "self-reported" }],
    });
    expect(logged.statusCode).toBe(201);
    const after = (await send("editor", "GET", `/api/relations/${relationId}/log`)).json() as {
      objectives: LogObjective[];
    };
    expect(after.objectives[2]?.indicators[0]?.progress).toEqual([
      { year: 2026, target: 2000, actual: 1500, basis: "log", isMet: false },
    ]);
    const report = (await send("editor", "POST", "/api/annual-reports", { locality: "TH-50", year: 2026 })).json();
    const counted = report.figures.indicators.filter((row: { relationId: string }) => row.relationId === relationId);
    expect(counted.map((row: { target: number | null; actual: number }) => [row.target, row.actual])).toEqual([
      [2000, 1500],
      [null, 0],
    ]);
  });

  it("lists the locality's proposals in progress on its handover page, with the step and whose action is awaited", async () => {
    const atMoi = await proposalAt(ctx.deps, facilitator(), readyContent("TH-50", "JP-16"), ["submit"]);
    const ready = await proposalAt(ctx.deps, facilitator(), readyContent("TH-50", "JP-16"), THAI_PATH.slice(0, -1));
    const withdrawn = await proposalAt(ctx.deps, facilitator(), readyContent("TH-50", "JP-16"), ["withdraw"]);
    const inForce = await proposalAt(ctx.deps, facilitator(), readyContent("TH-50", "JP-16"), [
      ...THAI_PATH,
      "enter-into-force",
    ]);
    const otherProvince = await proposalAt(ctx.deps, facilitator(), readyContent("TH-10", "JP-16"));
    ctx.clock.advance(3 * 86_400_000);
    for (const name of Object.keys(users)) sessions[name] = await signIn(ctx.app, users[name]?.email ?? "");
    const dossier = (await send("editor", "GET", "/api/localities/TH-50/handover")).json() as {
      proposals: Array<{ id: string; step: string; days: number; awaiting: { act: string; from: string } | null }>;
    };
    const shown = new Map(dossier.proposals.map((proposal) => [proposal.id, proposal]));
    expect(shown.get(atMoi.id)).toMatchObject({
      step: "moi-review",
      days: 3,
      awaiting: { act: "consult-mfa", from: "moi" },
    });
    expect(shown.get(ready.id)).toMatchObject({ step: "ready-to-sign", awaiting: { act: "sign", from: "thai-party" } });
    for (const hidden of [withdrawn, inForce, otherProvince]) expect(shown.has(hidden.id)).toBe(false);
    // The Japanese party's handover page lists the same proposals.
    const japanese = (await send("jpEditor", "GET", "/api/localities/JP-16/handover")).json() as {
      proposals: Array<{ id: string }>;
    };
    expect(japanese.proposals.map((proposal) => proposal.id)).toEqual(
      expect.arrayContaining([atMoi.id, ready.id, otherProvince.id]),
    );
  });

  it("gives a relation revived by a logged activity the same suggested status on the profile, the registry, its page and the statistics", async () => {
    type Listed = { id: string; parties: string[]; suggestedStatus: string; form?: string };
    type Stats = { relationsByStatus: Array<{ status: string; count: number }> };
    const lapsed = (await send(undefined, "GET", "/api/relations?status=lapsed&limit=100")).json().items as Listed[];
    const relation = lapsed.find((item) => item.parties.some((party) => party.startsWith("TH-")));
    expect(relation, "the fixtures hold a lapsed relation with a Thai party").toBeDefined();
    const id = relation?.id ?? "";
    const party = relation?.parties.find((item) => item.startsWith("TH-")) ?? "";
    const statusEverywhere = async () => {
      const profile = (await send(undefined, "GET", `/api/localities/${party}`)).json() as { relations: Listed[] };
      const registry = (await send(undefined, "GET", `/api/relations?party=${party}&limit=100`)).json() as {
        items: Listed[];
      };
      const page = (await send(undefined, "GET", `/api/relations/${id}`)).json() as Listed;
      return [
        profile.relations.find((item) => item.id === id)?.suggestedStatus,
        registry.items.find((item) => item.id === id)?.suggestedStatus,
        page.suggestedStatus,
      ];
    };
    const countOf = (stats: Stats, status: string) =>
      stats.relationsByStatus.find((row) => row.status === status)?.count ?? 0;
    expect(await statusEverywhere()).toEqual(["lapsed", "lapsed", "lapsed"]);
    const before = (await send(undefined, "GET", "/api/stats")).json() as Stats;

    const editor = await makeUser(ctx.deps, "editor", { localities: [party] });
    sessions.revival = await signIn(ctx.app, editor.email);
    const logged = await send("revival", "POST", `/api/relations/${id}/activities`, {
      kind: "meeting",
      title: { en: "The partners meet again" },
      date: "2026-11-20",
      isPublic: true,
      sources: [{ kind: "self-reported" }],
    });
    expect(logged.statusCode).toBe(201);

    // The profile and the statistics are served from memory: the write dropped what they held.
    expect(await statusEverywhere()).toEqual(["active", "active", "active"]);
    const after = (await send(undefined, "GET", "/api/stats")).json() as Stats;
    expect([countOf(after, "lapsed"), countOf(after, "active")]).toEqual([
      countOf(before, "lapsed") - 1,
      countOf(before, "active") + 1,
    ]);
  });
});
