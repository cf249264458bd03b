import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

const SISTER = "sister-chiang-mai-city-uozu";

describe(`annual reports on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let chiangMai: Session;
  let uozu: Session;
  let facilitator: Session;
  let reportId: string;

  const send = (session: Session, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    ctx.app.inject(asUser(session, { method, url, ...(payload === undefined ? {} : { payload }) }));

  beforeAll(async () => {
    ctx = await workspaceApp();
    // The province's officer speaks for the province and its city municipality.
    chiangMai = await signIn(
      ctx.app,
      (await makeUser(ctx.deps, "editor", { localities: ["TH-50", "TH-50-chiang-mai-city"] })).email,
    );
    uozu = await signIn(ctx.app, (await makeUser(ctx.deps, "editor", { localities: ["JP-16204"] })).email);
    facilitator = await signIn(ctx.app, (await makeUser(ctx.deps, "facilitator")).email);
    const activity = (date: string, count: number, yen: number) => ({
      kind: "student-exchange",
      title: { ja: `高校生交流 ${date}` },
      date,
      participants: [
        { party: "JP-16204", count, offices: ["魚津市教育委員会"] },
        { party: "TH-50-chiang-mai-city", count: count * 2, offices: ["สำนักการศึกษา เทศบาลนครเชียงใหม่"] },
      ],
      outcomes: [{ th: "นักเรียนได้พักกับครอบครัวอุปถัมภ์" }],
      spending: [
        { party: "JP-16204", amount: yen, currency: "JPY" },
        { party: "TH-50-chiang-mai-city", amount: count * 1000, currency: "THB" },
      ],
      sources: [{ kind: "self-reported" }],
    });
    for (const [date, count, yen] of [
      ["2026-03-15", 10, 500_000],
      ["2026-09", 6, 300_000],
      ["2025-11", 99, 1],
    ] as const) {
      const response = await send(uozu, "POST", `/api/relations/${SISTER}/activities`, activity(date, count, yen));
      expect(response.statusCode).toBe(201);
    }
  });
  afterAll(() => ctx.app.close());

  it("generates the province's report for a year from the log, its municipality's relations included", async () => {
    const created = await send(chiangMai, "POST", "/api/annual-reports", { locality: "TH-50", year: 2026 });
    expect(created.statusCode).toBe(201);
    const report = created.json();
    reportId = report.id;
    expect(report.state).toBe("draft");
    expect(report.figures.totals).toMatchObject({
      relations: 1,
      activities: 2,
      participantsOwn: 20 + 12,
      participantsPartner: 10 + 6,
      spendingOwn: { THB: 16_000 },
    });
    const again = await send(chiangMai, "POST", "/api/annual-reports", { locality: "TH-50", year: 2026 });
    expect(again.statusCode).toBe(409);
  });

  it("keeps the officer's words when the figures are taken from the log again", async () => {
    const narrative = {
      summary: "แลกเปลี่ยนเยาวชนกับเมืองอูโอสึสองครั้ง",
      plans: "ขยายไปยังโรงเรียนอาชีวะ",
      budgetStated: { THB: 17_500 },
    };
    expect((await send(chiangMai, "PUT", `/api/annual-reports/${reportId}`, narrative)).statusCode).toBe(200);
    const late = await send(uozu, "POST", `/api/relations/${SISTER}/activities`, {
      kind: "meeting",
      title: { en: "Wrap-up meeting" },
      date: "2026-12-01",
      sources: [{ kind: "self-reported" }],
    });
    expect(late.statusCode).toBe(201);
    const regenerated = (await send(chiangMai, "POST", `/api/annual-reports/${reportId}/regenerate`)).json();
    expect(regenerated.figures.totals.activities).toBe(3);
    expect(regenerated.narrative).toMatchObject(narrative);
  });

  it("exports the same figures as XLSX and CSV, in Thai", async () => {
    const xlsx = await send(chiangMai, "GET", `/api/annual-reports/${reportId}/export.xlsx?lang=th`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-disposition"]).toContain("jubkoo-report-TH-50-2026.xlsx");
    const sheets = await readXlsxFile(xlsx.rawPayload);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["สรุป", "กิจกรรม", "ตัวชี้วัด"]);
    const summary = new Map((sheets[0]?.data ?? []).map((row) => [row[0], row[1]]));
    expect(summary.get("ปี")).toBe("2026 (พ.ศ. 2569)");
    expect(summary.get("จำนวนกิจกรรม")).toBe(3);
    expect(summary.get("ผู้เข้าร่วม (ฝ่ายเรา)")).toBe(32);
    expect(summary.get("งบประมาณที่ใช้ (THB)")).toBe(16_000);
    expect(summary.get("งบประมาณที่ใช้ตามที่ระบุ (THB)")).toBe(17_500);
    const activities = sheets[1]?.data ?? [];
    expect(activities[0]).toContain("ผู้เข้าร่วม (ฝ่ายเรา)");
    expect(activities.slice(1).map((row) => [row[2], row[5], row[6]])).toEqual([
      ["2026-03-15", 20, 10],
      ["2026-09", 12, 6],
      ["2026-12-01", 0, 0],
    ]);

    const csv = await send(chiangMai, "GET", `/api/annual-reports/${reportId}/export.csv?lang=th&sheet=activities`);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("2026-03-15");
    expect(lines[1]).toContain("แลกเปลี่ยนนักเรียนนักศึกษา");
  });

  it("is submitted to MOI through the review queue, locked, and acknowledged by a facilitator", async () => {
    const submitted = await send(chiangMai, "POST", `/api/annual-reports/${reportId}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().state).toBe("submitted");
    const locked = await send(chiangMai, "PUT", `/api/annual-reports/${reportId}`, { summary: "changed" });
    expect(locked.statusCode).toBe(409);
    const queue = (await send(facilitator, "GET", "/api/submissions?status=pending")).json().items;
    const item = queue.find((submission: { kind: string }) => submission.kind === "annual-report");
    expect(item).toMatchObject({ record: { kind: "annualReport", id: reportId }, parties: ["TH-50"] });
    // The officer cannot acknowledge their own report; a facilitator returns it, then acknowledges it.
    expect(
      (await send(chiangMai, "POST", `/api/submissions/${item.id}/decision`, { decision: "approve" })).statusCode,
    ).toBe(403);
    const returned = await send(facilitator, "POST", `/api/submissions/${item.id}/decision`, {
      decision: "request-changes",
      reason: "เพิ่มงบประมาณที่ใช้จริง",
    });
    expect(returned.statusCode).toBe(200);
    expect((await send(chiangMai, "GET", `/api/annual-reports/${reportId}`)).json().state).toBe("changes-requested");
    // The acknowledgement comes a minute later: the two decisions are told in their order.
    ctx.clock.advance(60_000);
    expect((await send(chiangMai, "PUT", `/api/annual-reports/${reportId}`, { summary: "แก้ไขแล้ว" })).statusCode).toBe(
      200,
    );
    const resubmitted = await send(chiangMai, "POST", `/api/annual-reports/${reportId}/submit`);
    expect(resubmitted.json().submissionId).toBe(item.id);
    expect(
      (await send(facilitator, "POST", `/api/submissions/${item.id}/decision`, { decision: "approve" })).statusCode,
    ).toBe(200);
    const done = (await send(chiangMai, "GET", `/api/annual-reports/${reportId}`)).json();
    expect(done.state).toBe("acknowledged");
    expect(done.acknowledgedAt).toBe(ctx.clock.now().toISOString());
    const told = await ctx.repos.notices.forUser(chiangMai.userId);
    expect(
      told
        .filter((notice) => notice.kind === "review-decision")
        .map((notice) => (notice.payload as { status: string }).status),
    ).toEqual(["approved", "changes-requested"]);
  });

  it("gives a Japanese locality the same summary for its own use, not for MOI", async () => {
    const created = await send(uozu, "POST", "/api/annual-reports", { locality: "JP-16204", year: 2026 });
    expect(created.statusCode).toBe(201);
    expect(created.json().figures.totals).toMatchObject({
      activities: 3,
      participantsOwn: 16,
      spendingOwn: { JPY: 800_000 },
    });
    const submitted = await send(uozu, "POST", `/api/annual-reports/${created.json().id}/submit?lang=en`);
    expect(submitted.statusCode).toBe(400);
    expect(submitted.json().error.message).toContain("Only Thai provinces, Bangkok and Pattaya");
    const notForMunicipality = await send(chiangMai, "POST", "/api/annual-reports", {
      locality: "TH-50-chiang-mai-city",
      year: 2026,
    });
    expect(notForMunicipality.statusCode).toBe(400);
  });
});
