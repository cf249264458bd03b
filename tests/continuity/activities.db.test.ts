import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "../support/db-snapshot.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

const SISTER = "sister-chiang-mai-city-uozu";
const FRIENDSHIP = "friendship-bangkok-fukuoka";

const visit = (overrides: Record<string, unknown> = {}) => ({
  kind: "student-exchange",
  title: { ja: "魚津市の高校生がチェンマイ市を訪問" },
  date: "2026-08",
  participants: [
    { party: "JP-16204", count: 12, offices: ["魚津市教育委員会"] },
    { party: "TH-50-chiang-mai-city", count: 30, offices: ["Chiang Mai Municipality Education Office"] },
  ],
  outcomes: [{ ja: "ホームステイ12件" }],
  spending: [{ party: "JP-16204", amount: 1_200_000, currency: "JPY" }],
  sources: [{ kind: "self-reported" }],
  ...overrides,
});

describe(`activity log on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let uozu: Session;
  let chiangMai: Session;
  let facilitator: Session;
  let chiangMaiId: string;

  beforeAll(async () => {
    ctx = await workspaceApp();
    uozu = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["JP-16204"] })).email);
    const cm = await makeUser(ctx.deps, "editor", { localities: ["TH-50-chiang-mai-city"] });
    chiangMaiId = cm.id;
    chiangMai = await signIn(ctx.app, cm.email);
    facilitator = await signIn(ctx.app, (await makeUser(ctx.deps, "facilitator")).email);
    // An editor of a locality that is no party: told of nothing.
    await makeUser(ctx.deps, "editor", { localities: ["TH-10"] });
  });
  afterAll(() => ctx.app.close());

  const log = (session: Session | undefined, relation = SISTER) =>
    ctx.app.inject(asUser(session, { method: "GET", url: `/api/relations/${relation}/log` }));

  it("publishes an activity at once as reported, and asks the other party's editor to confirm it", async () => {
    const created = await ctx.app.inject(
      asUser(uozu, { method: "POST", url: `/api/relations/${SISTER}/activities`, payload: visit() }),
    );
    expect(created.statusCode).toBe(201);
    const activity = created.json();
    expect(activity).toMatchObject({ state: "reported", reportedFor: "JP-16204", relationId: SISTER });
    expect(activity.sources[0]).toBe("self:JP-16204:2026-12-06");

    const seen = (await log(undefined)).json();
    expect(seen.activities.map((item: { id: string }) => item.id)).toEqual([activity.id]);
    expect(seen.activities[0].entered).toEqual({ at: "2026-12-06T09:00:00.000Z" });

    const notices = await ctx.repos.notices.forUser(chiangMaiId);
    expect(notices.map((notice) => notice.kind)).toEqual(["claim-awaiting"]);
    const everyone = await Promise.all(
      (await ctx.repos.users.list()).map((user) => ctx.repos.notices.forUser(user.id)),
    );
    expect(everyone.flat()).toHaveLength(1);

    const submissionId = (notices[0]?.payload as { submissionId?: string } | undefined)?.submissionId;
    const confirmed = await ctx.app.inject(
      asUser(chiangMai, {
        method: "POST",
        url: `/api/submissions/${submissionId}/decision`,
        payload: { decision: "approve" },
      }),
    );
    expect(confirmed.statusCode).toBe(200);
    const after = (await log(chiangMai)).json();
    expect(after.activities[0].state).toBe("confirmed");
    // Confirming the activity confirms the relation for the Thai party: the record is verified.
    expect(after.health.unverifiedSince).toBeNull();
    expect(after.lastConfirmed).toBe("2026-12-06T09:00:00.000Z");
    const told = await ctx.repos.notices.forUser(uozu.userId);
    expect(told.map((notice) => [notice.kind, (notice.payload as { status: string }).status])).toEqual([
      ["review-decision", "approved"],
    ]);
  });

  it("keeps workspace-only activities from visitors", async () => {
    const created = await ctx.app.inject(
      asUser(chiangMai, {
        method: "POST",
        url: `/api/relations/${SISTER}/activities`,
        payload: visit({ kind: "meeting", title: { th: "ประชุมเตรียมงาน" }, date: "2026-09-02", isPublic: false }),
      }),
    );
    expect(created.statusCode).toBe(201);
    const publicIds = (await log(undefined)).json().activities.map((item: { id: string }) => item.id);
    const workspaceIds = (await log(uozu)).json().activities.map((item: { id: string }) => item.id);
    expect(publicIds).not.toContain(created.json().id);
    expect(workspaceIds).toContain(created.json().id);
  });

  it("refuses sides that are not parties and indicators the relation does not have, writing nothing", async () => {
    const before = await snapshot(ctx.database);
    const response = await ctx.app.inject(
      asUser(uozu, {
        method: "POST",
        url: `/api/relations/${SISTER}/activities?lang=ja`,
        payload: visit({
          participants: [{ party: "TH-10", count: 3 }],
          indicatorValues: [{ indicator: "nothing-here", value: 3 }],
        }),
      }),
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((field: { field: string }) => field.field);
    expect(fields).toEqual(["participants.0.party", "indicatorValues.0.indicator"]);
    expect(response.json().error.details[0].message).toBe("この関係の当事者を選んでください。");
    expect(await snapshot(ctx.database)).toBe(before);
  });

  it("makes a facilitator cite a document, since a facilitator speaks for no party", async () => {
    const response = await ctx.app.inject(
      asUser(facilitator, { method: "POST", url: `/api/relations/${FRIENDSHIP}/activities`, payload: visit() }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((field: { field: string }) => field.field)).toContain("sources.0");
  });

  it("sums indicator values from the log, and lets a stated figure stand for the year", async () => {
    const plan = await ctx.app.inject(
      asUser(chiangMai, {
        method: "PUT",
        url: `/api/relations/${SISTER}/objectives`,
        payload: {
          objectives: [
            {
              text: { en: "Exchange students every year" },
              indicators: [{ name: { en: "Students hosted" }, unit: "people", targets: { "2026": 40, "2027": 40 } }],
            },
          ],
        },
      }),
    );
    expect(plan.statusCode).toBe(200);
    const indicatorId = plan.json().objectives[0].indicators[0].id;
    for (const [date, value] of [
      ["2026-03", 25],
      ["2026-10-01", 20],
    ] as const) {
      const logged = await ctx.app.inject(
        asUser(uozu, {
          method: "POST",
          url: `/api/relations/${SISTER}/activities`,
          payload: visit({ date, indicatorValues: [{ indicator: indicatorId, value }] }),
        }),
      );
      expect(logged.statusCode).toBe(201);
    }
    const progress = (await log(undefined)).json().objectives[0].indicators[0].progress;
    expect(progress).toEqual([
      { year: 2026, target: 40, actual: 45, basis: "log", isMet: true },
      { year: 2027, target: 40, actual: 0, basis: "log", isMet: false },
    ]);

    const objectives = (await log(chiangMai)).json().objectives;
    objectives[0].indicators[0].actuals = { "2026": 38 };
    const restated = await ctx.app.inject(
      asUser(chiangMai, {
        method: "PUT",
        url: `/api/relations/${SISTER}/objectives`,
        payload: {
          objectives: objectives.map((objective: Record<string, unknown>) => ({
            ...objective,
            indicators: (objective.indicators as Array<Record<string, unknown>>).map(
              ({ progress: _progress, ...indicator }) => indicator,
            ),
          })),
        },
      }),
    );
    expect(restated.statusCode).toBe(200);
    expect(restated.json().objectives[0].indicators[0].id).toBe(indicatorId);
    const stated = (await log(undefined)).json().objectives[0].indicators[0].progress[0];
    expect(stated).toEqual({ year: 2026, target: 40, actual: 38, basis: "stated", isMet: false });
  });

  it("drops a rejected activity from the timeline and the figures", async () => {
    const created = await ctx.app.inject(
      asUser(uozu, {
        method: "POST",
        url: `/api/relations/${FRIENDSHIP}/activities`,
        payload: visit({ participants: [], spending: [], date: "2026-11-20", title: { en: "Duplicate entry" } }),
      }),
    );
    // Uozu's editor is no party to Bangkok–Fukuoka.
    expect(created.statusCode).toBe(403);
    const mine = await ctx.app.inject(
      asUser(uozu, {
        method: "POST",
        url: `/api/relations/${SISTER}/activities`,
        payload: visit({ date: "2026-11-20", title: { en: "Duplicate entry" } }),
      }),
    );
    const [submission] = await ctx.repos.submissions.list({ recordId: mine.json().id, status: ["pending"] });
    const rejected = await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: `/api/submissions/${submission?.id}/decision`,
        payload: { decision: "reject", reason: "Entered twice" },
      }),
    );
    expect(rejected.statusCode).toBe(200);
    const ids = (await log(facilitator)).json().activities.map((item: { id: string }) => item.id);
    expect(ids).not.toContain(mine.json().id);
    expect((await ctx.repos.activities.get(mine.json().id))?.state).toBe("rejected");
  });

  it("reports a change by an editor anew and withdraws the earlier report", async () => {
    const created = await ctx.app.inject(
      asUser(uozu, {
        method: "POST",
        url: `/api/relations/${SISTER}/activities`,
        payload: visit({ date: "2026-07", title: { en: "Teachers' visit" } }),
      }),
    );
    const id = created.json().id;
    ctx.clock.advance(60_000);
    const changed = await ctx.app.inject(
      asUser(chiangMai, {
        method: "PUT",
        url: `/api/activities/${id}`,
        payload: visit({ date: "2026-07-15", title: { en: "Teachers' visit", th: "คณะครูเยือน" } }),
      }),
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ state: "reported", reportedFor: "TH-50-chiang-mai-city" });
    const submissions = await ctx.repos.submissions.list({ recordId: id });
    expect(submissions.map((submission) => [submission.status, submission.submittedBy])).toEqual([
      ["pending", chiangMaiId],
      ["withdrawn", uozu.userId],
    ]);
    // Now Uozu's editor is the other side, and is asked.
    const asked = await ctx.repos.notices.forUser(uozu.userId);
    expect(asked.some((notice) => (notice.payload as { record?: { id: string } }).record?.id === id)).toBe(true);
  });
});

describe(`relation health and the dormant list on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let facilitator: Session;
  let bangkok: Session;

  beforeAll(async () => {
    ctx = await workspaceApp();
    facilitator = await signIn(ctx.app, (await makeUser(ctx.deps, "facilitator")).email);
    bangkok = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["TH-10"] })).email);
  });
  afterAll(() => ctx.app.close());

  it("explains the status it suggests, from the record alone", async () => {
    const health = (await ctx.app.inject({ method: "GET", url: `/api/relations/${SISTER}/log` })).json().health;
    expect(health).toMatchObject({
      status: "lapsed",
      lastActivity: "2013",
      monthsSilent: 155,
      isGoingDormant: false,
      unverifiedSince: "never",
    });
    expect(health.reasons[0]).toEqual({ code: "silent", months: 155, since: "2013" });
  });

  it("lists relations going dormant for facilitators, oldest silence first, and no one else", async () => {
    const document = [{ kind: "document", title: "Annual activity summary" }];
    for (const [relation, date] of [
      [FRIENDSHIP, "2025-01"],
      [SISTER, "2024-06"],
    ] as const) {
      const response = await ctx.app.inject(
        asUser(facilitator, {
          method: "POST",
          url: `/api/relations/${relation}/activities`,
          payload: { kind: "meeting", title: { en: "Coordination meeting" }, date, sources: document },
        }),
      );
      expect(response.statusCode).toBe(201);
    }
    const list = await ctx.app.inject(asUser(facilitator, { method: "GET", url: "/api/dormant-relations" }));
    expect(
      list
        .json()
        .items.map((item: { id: string; health: { monthsSilent: number } }) => [item.id, item.health.monthsSilent]),
    ).toEqual([
      [SISTER, 29],
      [FRIENDSHIP, 22],
    ]);
    const refused = await ctx.app.inject(asUser(bangkok, { method: "GET", url: "/api/dormant-relations" }));
    expect(refused.statusCode).toBe(403);
  });

  it("suggests the same status in the registry and on the relation's page, from the log", async () => {
    // The reference record ends in 2013 (lapsed); the earlier test logged a meeting in June 2024.
    const suggested = async (url: string) => (await ctx.app.inject({ method: "GET", url })).json();
    expect((await suggested(`/api/relations/${SISTER}`)).suggestedStatus).toBe("declining");
    const listed = await suggested("/api/relations?party=JP-16204");
    expect(listed.items.find((item: { id: string }) => item.id === SISTER)?.suggestedStatus).toBe("declining");
    const filtered = await suggested("/api/relations?status=declining");
    expect(filtered.items.map((item: { id: string }) => item.id)).toContain(SISTER);
    expect(
      (await suggested("/api/relations?status=lapsed")).items.map((item: { id: string }) => item.id),
    ).not.toContain(SISTER);
  });

  it("verifies a record for twelve months when a party's editor confirms it", async () => {
    const confirmed = await ctx.app.inject(
      asUser(bangkok, {
        method: "POST",
        url: `/api/relations/${FRIENDSHIP}/confirmation`,
        payload: { note: "Checked" },
      }),
    );
    expect(confirmed.statusCode).toBe(201);
    const url = `/api/relations/${FRIENDSHIP}/log`;
    expect((await ctx.app.inject({ method: "GET", url })).json().health.unverifiedSince).toBeNull();
    ctx.clock.advance(366 * 24 * 3600 * 1000);
    expect((await ctx.app.inject({ method: "GET", url })).json().health.unverifiedSince).toBe("2026-12-06");
  });
});
