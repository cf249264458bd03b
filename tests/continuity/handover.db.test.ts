import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const SISTER = "sister-chiang-mai-city-uozu";

describe(`handing a locality over to a new officer on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let predecessor: Session;
  let predecessorId: string;
  let admin: Session;
  let bangkok: Session;

  const send = (
    session: Session | undefined,
    method: "GET" | "POST" | "PUT" | "PATCH",
    url: string,
    payload?: unknown,
  ) => ctx.app.inject(asUser(session, { method, url, ...(payload === undefined ? {} : { payload }) }));
  const dossier = async (session: Session) => {
    const response = await send(session, "GET", "/api/localities/TH-50-chiang-mai-city/handover");
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    ctx = await workspaceApp();
    const officer = await makeUser(ctx.deps, "editor", { localities: ["TH-50", "TH-50-chiang-mai-city"] });
    predecessorId = officer.id;
    predecessor = await signIn(ctx.app, officer.email);
    admin = await signIn(ctx.app, (await makeUser(ctx.deps, "admin")).email);
    bangkok = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["TH-10"] })).email);

    // What the predecessor leaves: an activity done, one planned, a plan with a target, a draft report, a claim in progress.
    const plan = await send(predecessor, "PUT", `/api/relations/${SISTER}/objectives`, {
      objectives: [
        { text: { th: "แลกเปลี่ยนเยาวชนทุกปี" }, indicators: [{ name: { th: "นักเรียน" }, targets: { "2026": 30 } }] },
      ],
    });
    const indicator = plan.json().objectives[0].indicators[0].id;
    for (const [date, title] of [
      ["2026-05-20", "ครูจากอูโอสึเยือนเชียงใหม่"],
      ["2027-03", "เยาวชนเชียงใหม่ไปอูโอสึ"],
    ] as const) {
      const response = await send(predecessor, "POST", `/api/relations/${SISTER}/activities`, {
        kind: "student-exchange",
        title: { th: title },
        date,
        indicatorValues: [{ indicator, value: 12 }],
        sources: [{ kind: "self-reported" }],
      });
      expect(response.statusCode).toBe(201);
    }
    expect((await send(predecessor, "POST", "/api/annual-reports", { locality: "TH-50", year: 2025 })).statusCode).toBe(
      201,
    );
    const claim = await send(predecessor, "POST", "/api/relation-claims", {
      type: "mou",
      parties: ["TH-50-chiang-mai-city", "JP-16"],
      title: { th: "บันทึกความเข้าใจด้านยา" },
      source: { kind: "self-reported" },
    });
    expect(claim.statusCode).toBe(201);
  });
  afterAll(() => ctx.app.close());

  it("shows on one page the relations, their last activity, open commitments, work in progress and reports due", async () => {
    const page = await dossier(predecessor);
    expect(page.officers.map((officer: { id: string }) => officer.id)).toEqual([predecessorId]);
    const [relation] = page.relations;
    expect(relation).toMatchObject({ id: SISTER, partners: ["JP-16204"] });
    expect(relation.lastActivity).toMatchObject({ date: "2026-05-20", title: { th: "ครูจากอูโอสึเยือนเชียงใหม่" } });
    expect(relation.commitments.planned.map((item: { date: string }) => item.date)).toEqual(["2027-03"]);
    // 12 of 30 students so far this year: an open target.
    expect(relation.commitments.targets).toMatchObject([{ year: 2026, target: 30, actual: 12, isMet: false }]);
    expect(page.inProgress.map((item: { kind: string }) => item.kind).sort()).toEqual([
      "activity-report",
      "activity-report",
      "relation-claim",
    ]);
    // The city municipality does not report to MOI itself: its province does.
    expect(page.reports).toMatchObject({ reportsToMoi: false, due: [] });
    const province = (await send(predecessor, "GET", "/api/localities/TH-50/handover")).json();
    expect(province.reports.due).toEqual([{ year: 2025, reportId: expect.any(String), state: "draft" }]);
    expect((await send(bangkok, "GET", "/api/localities/TH-50/handover")).statusCode).toBe(403);
  });

  it("invites the successor with the same scope, records the change, and loses nothing when the old account is disabled", async () => {
    const before = await dossier(predecessor);
    const handed = await send(predecessor, "POST", "/api/localities/TH-50-chiang-mai-city/handovers", {
      outgoingUserId: predecessorId,
      email: "new.officer@chiangmai.go.th",
      note: "แฟ้ม MoU อยู่ในตู้ที่ 3",
    });
    expect(handed.statusCode).toBe(201);
    expect(handed.json()).toMatchObject({
      successor: "new.officer@chiangmai.go.th",
      scope: { localities: ["TH-50", "TH-50-chiang-mai-city"] },
      mailed: false,
    });
    const token = String(handed.json().link).replace(`${ORIGIN}/invitation/`, "");
    const accepted = await ctx.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      headers: { origin: ORIGIN },
      payload: { name: "New Officer", password: "a long new passphrase" },
    });
    expect(accepted.statusCode).toBe(201);
    const successor = await signIn(ctx.app, "new.officer@chiangmai.go.th", "a long new passphrase");

    const disabled = await send(admin, "PATCH", `/api/users/${predecessorId}`, { status: "disabled" });
    expect(disabled.statusCode).toBe(200);

    const after = await dossier(successor);
    expect(after.relations).toEqual(before.relations);
    expect(after.inProgress).toEqual(before.inProgress);
    expect(after.reports).toEqual(before.reports);
    expect(
      after.officers.map((officer: { name: string; status: string }) => [officer.name, officer.status]).sort(),
    ).toEqual([
      ["New Officer", "active"],
      [expect.stringContaining("editor"), "disabled"],
    ]);
    expect(after.handovers).toMatchObject([
      { to: "new.officer@chiangmai.go.th", note: "แฟ้ม MoU อยู่ในตู้ที่ 3", isAccepted: true },
    ]);
    expect(after.history.map((entry: { action: string }) => entry.action)).toContain("locality.handover");

    // The successor carries on with what the predecessor left.
    const log = (await send(successor, "GET", `/api/relations/${SISTER}/log`)).json();
    expect(log.activities).toHaveLength(2);
    const [planned] = log.activities.filter((activity: { date: string }) => activity.date === "2027-03");
    const { id, state: _s, relationId: _r, reportedFor: _p, entered: _e, ...rest } = planned;
    const moved = await send(successor, "PUT", `/api/activities/${id}`, {
      ...rest,
      date: "2027-04",
      sources: [{ kind: "self-reported" }],
    });
    expect(moved.statusCode).toBe(200);
    const report = (await send(successor, "GET", "/api/annual-reports?locality=TH-50")).json().items[0];
    expect(
      (await send(successor, "PUT", `/api/annual-reports/${report.id}`, { summary: "ต่อจากผู้ดำรงตำแหน่งเดิม" })).statusCode,
    ).toBe(200);
  });

  it("lets an officer hand over only their own post", async () => {
    const other = await makeUser(ctx.deps, "editor", { localities: ["TH-10"] });
    const refused = await send(bangkok, "POST", "/api/localities/TH-10/handovers", {
      outgoingUserId: other.id,
      email: "someone@bangkok.go.th",
    });
    expect(refused.statusCode).toBe(403);
  });
});
