import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { t } from "../../src/i18n/index.ts";
import { auditCount, snapshot } from "../support/db-snapshot.ts";
import { readyContent } from "../support/proposals.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, type Session, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type Presented = {
  id: string;
  step: string;
  state: Record<string, unknown>;
  content: Record<string, unknown> & { thaiParty: string; proposingBody?: string; issues: string[] };
  events: Array<{
    act: string;
    from: string;
    to: string;
    by: string;
    comment?: string;
    readiness?: unknown;
    report?: unknown;
  }>;
  reportYear: number | null;
  acts: string[];
  awaiting: string | null;
  canEdit: boolean;
  relationId: string | null;
  timeline: Array<{ step: string; days: number; expectedDays: number | null; isOverdue: boolean }>;
  standing: { days: number; isOverdue: boolean };
  evaluation: { score: number } | null;
};

const DAY = 86_400_000;

describe(`cooperation proposals through the approval process on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  const emails: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const sessions: Record<string, Session> = {};

  beforeAll(async () => {
    ctx = await workspaceApp();
    const users = {
      editor: await makeUser(ctx.deps, "editor", { localities: ["TH-50"] }),
      cityEditor: await makeUser(ctx.deps, "editor", { localities: ["TH-50-chiang-mai-city"] }),
      jpEditor: await makeUser(ctx.deps, "editor", { localities: ["JP-16", "JP-16204"] }),
      bangkokEditor: await makeUser(ctx.deps, "editor", { localities: ["TH-10"] }),
      facilitator: await makeUser(ctx.deps, "facilitator"),
    };
    for (const [name, user] of Object.entries(users)) {
      emails[name] = user.email;
      ids[name] = user.id;
    }
    await signInAll();
  });
  afterAll(() => ctx.app.close());

  /** Sessions end after two idle hours: after moving the clock on, everyone signs in again. */
  const signInAll = async () => {
    for (const [name, email] of Object.entries(emails)) sessions[name] = await signIn(ctx.app, email);
  };
  const as = (name: string) => sessions[name];
  const send = (who: string, method: "POST" | "PUT", url: string, payload: object) =>
    ctx.app.inject(asUser(as(who), { method, url, payload }));
  const get = (who: string | undefined, url: string) =>
    ctx.app.inject(asUser(who ? as(who) : undefined, { method: "GET", url }));
  const act = (who: string, id: string, body: object, lang = "en") =>
    send(who, "POST", `/api/proposals/${id}/acts?lang=${lang}`, body);
  const proposal = async (who: string, id: string) => (await get(who, `/api/proposals/${id}`)).json() as Presented;
  const noticesFor = async (userId: string) => {
    const rows = (await ctx.database.db.execute(
      sql`select kind, payload from notices where user_id = ${userId} order by created_at`,
    )) as unknown as
      | { rows?: Array<{ kind: string; payload: { act: string } }> }
      | Array<{ kind: string; payload: { act: string } }>;
    return (Array.isArray(rows) ? rows : (rows.rows ?? [])).map((row) => `${row.kind} ${row.payload.act}`);
  };

  /** A refusal: the status and code, in the reader's language, and not one row changed. */
  const refused = async (
    request: () => Promise<{ statusCode: number; json: () => { error: { code: string; message: string } } }>,
  ) => {
    const before = await snapshot(ctx.database);
    const response = await request();
    expect(await snapshot(ctx.database)).toBe(before);
    return { status: response.statusCode, ...response.json().error };
  };

  it("takes a Thai province's proposal from a pair to a signed relation active in the registry", async () => {
    const created = await send("editor", "POST", "/api/proposals/from-pair", { a: "JP-16", b: "TH-50" });
    expect(created.statusCode).toBe(201);
    const draft = created.json() as Presented & {
      content: { background: Array<{ sources: string[] }>; gains: { thai: unknown[]; japanese: unknown[] } };
    };
    expect(draft.step).toBe("draft");
    expect(draft.content.thaiParty).toBe("TH-50");
    const evaluation = (await get(undefined, "/api/pair?a=JP-16&b=TH-50")).json();
    expect(draft.content.background.length).toBeGreaterThan(0);
    expect(draft.content.background).toEqual(
      evaluation.reasons.map((reason: { th: string; en: string; ja: string; sources: string[] }) => ({
        text: { th: reason.th, en: reason.en, ja: reason.ja },
        sources: reason.sources,
      })),
    );
    expect(draft.content.issues).toEqual(evaluation.issues);
    expect(draft.evaluation?.score).toBeGreaterThan(0);
    expect(draft.acts).toEqual(["submit", "withdraw"]);

    // The prefilled draft says nothing of the framework rule: a legal blocker, and nothing is sent.
    const readiness = (await get("editor", `/api/proposals/${draft.id}/readiness?lang=th`)).json();
    expect(readiness.maySubmit).toBe(false);
    expect(readiness.blockers).toEqual(["legal.framework-missing"]);
    const legal = readiness.dimensions[0];
    expect(legal.label).toBe("ด้านกฎหมาย");
    expect(
      legal.findings.find((found: { code: string }) => found.code === "legal.signatory-province").message,
    ).toContain("เชียงใหม่");
    const blocked = await refused(() => act("editor", draft.id, { act: "submit", comment: "Please" }, "th"));
    expect(blocked).toMatchObject({ status: 409, code: "legal_blocker" });
    expect(blocked.message).toContain("กฎหมาย");

    const edited = await send("editor", "PUT", `/api/proposals/${draft.id}`, {
      content: readyContent("TH-50", "JP-16"),
    });
    expect(edited.statusCode).toBe(200);
    expect((await get("editor", `/api/proposals/${draft.id}/readiness`)).json()).toMatchObject({
      maySubmit: true,
      blockers: [],
      warnings: [],
    });

    const audits = await auditCount(ctx.database);
    const submitted = await act("editor", draft.id, { act: "submit" });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      step: "moi-review",
      awaiting: "consult-mfa",
      canEdit: false,
      acts: ["withdraw"],
    });
    expect(await auditCount(ctx.database)).toBe(audits + 1);
    expect(await noticesFor(ids.facilitator ?? "")).toEqual(["proposal-step consult-mfa"]);
    // The inbox says it in the reader's language: the pair, the act awaited and the step, linked to the proposal.
    const inbox = (await get("facilitator", "/api/notices?lang=th")).json() as {
      items: Array<{ kind: string; title: string; body: string | null; link: string | null }>;
    };
    const notice = inbox.items.find((item) => item.kind === "proposal-step");
    expect(notice?.link).toBe(`/proposals/${draft.id}`);
    expect(notice?.title).toContain("เชียงใหม่");
    expect(notice?.body).toContain(t("th", "proposal.act.consult-mfa"));
    expect(notice?.body).toContain(t("th", "proposal.step.moi-review"));

    // The editor may not record MOI's steps, nor edit what was sent; each refusal says why and changes nothing.
    expect(await refused(() => act("editor", draft.id, { act: "consult-mfa" }, "th"))).toMatchObject({
      status: 403,
      code: "forbidden",
    });
    expect(
      await refused(() =>
        send("editor", "PUT", `/api/proposals/${draft.id}`, { content: readyContent("TH-50", "JP-16") }),
      ),
    ).toMatchObject({ status: 409, code: "wrong_step" });
    const early = await refused(() => act("facilitator", draft.id, { act: "minister-approve" }, "ja"));
    expect(early).toMatchObject({ status: 409, code: "wrong_step" });
    expect(early.message).toContain("内務省に提出済み");

    ctx.clock.advance(12 * DAY);
    await signInAll();
    await act("facilitator", draft.id, { act: "consult-mfa", comment: "หนังสือ มท 0204.1/123" });
    const comment = await act("facilitator", draft.id, {
      act: "agency-comment",
      agency: "nesdb",
      comment: "Link it to the provincial plan",
    });
    expect(comment.json().step).toBe("mfa-consultation");
    expect((await refused(() => act("facilitator", draft.id, { act: "agency-comment", comment: "x" }))).status).toBe(
      400,
    );
    ctx.clock.advance(40 * DAY);
    await signInAll();
    const late = await proposal("facilitator", draft.id);
    expect(late.standing).toMatchObject({ days: 40, isOverdue: true });
    for (const step of ["mfa-concur", "minister-approve", "council-opinion"]) {
      expect((await act("facilitator", draft.id, { act: step })).statusCode, step).toBe(200);
    }
    expect(await noticesFor(ids.editor ?? "")).toEqual(["proposal-step sign"]);

    expect(await refused(() => act("editor", draft.id, { act: "sign" }))).toMatchObject({ status: 400 });
    const future = await refused(() => act("editor", draft.id, { act: "sign", on: "2027-03-15" }, "th"));
    expect(future).toMatchObject({ status: 400, code: "invalid_input" });
    expect(future.message).toContain("วันที่อยู่หลังวันนี้");
    const signed = await act("editor", draft.id, { act: "sign", on: "2027-01-20", comment: "Signed in Toyama" });
    expect(signed.statusCode).toBe(200);
    const { relationId } = signed.json() as Presented;
    expect(relationId).toBe("mou-th-50-jp-16-2027");
    const relation = (await get(undefined, `/api/relations/${relationId}`)).json();
    expect(relation).toMatchObject({ type: "mou", status: "active", start: "2027-01-20", parties: ["TH-50", "JP-16"] });
    const registry = (await get(undefined, "/api/relations?party=TH-50&status=active")).json();
    expect(registry.items.map((item: { id: string }) => item.id)).toContain(relationId);
    const history = (await get("facilitator", `/api/audit?record=${relationId}`)).json();
    expect(history.items.map((entry: { action: string }) => entry.action)).toEqual(["relation.create"]);

    await act("editor", draft.id, { act: "enter-into-force", on: "2027-01-25" });
    const inForce = await proposal("editor", draft.id);
    expect(inForce).toMatchObject({ awaiting: "annual-report", reportYear: 2027, acts: [] });
    // The yearly report is the province's annual report: typing it on the proposal is refused, in the reader's language.
    const typed = await refused(() =>
      act("editor", draft.id, { act: "annual-report", comment: "2,150 visitors at the fair" }, "th"),
    );
    expect(typed).toMatchObject({ status: 409, code: "report_through_annual_report" });
    expect(typed.message).toContain("รายงานประจำปี พ.ศ. 2570");
    const report = await send("editor", "POST", "/api/annual-reports", { locality: "TH-50", year: 2027 });
    expect(report.statusCode).toBe(201);
    const reportAudits = await auditCount(ctx.database);
    expect((await send("editor", "POST", `/api/annual-reports/${report.json().id}/submit`, {})).statusCode).toBe(200);
    expect(await auditCount(ctx.database)).toBe(reportAudits + 1);
    const final = await proposal("editor", draft.id);
    expect(final.events.at(-1)).toMatchObject({ act: "annual-report", report: { id: report.json().id, year: 2027 } });
    expect(final).toMatchObject({ reportYear: 2028 });
    expect(final.state).toEqual({ step: "in-force", since: "2027-01-25", reports: 1 });
    expect(final.timeline.map((entry) => `${entry.step} ${entry.days} ${entry.isOverdue}`)).toEqual([
      "draft 0 false",
      "moi-review 12 false",
      "mfa-consultation 40 true",
      "minister-review 0 false",
      "council-of-state 0 false",
      "ready-to-sign 0 false",
      "signed 0 false",
      "in-force 0 false",
      "in-force 0 false",
    ]);
    expect(final.events.map((event) => event.act)).toEqual([
      "submit",
      "consult-mfa",
      "agency-comment",
      "mfa-concur",
      "minister-approve",
      "council-opinion",
      "sign",
      "enter-into-force",
      "annual-report",
    ]);
  });

  it("runs the foreign-initiated path: embassy, MFA, the province's view, the Minister, informing, then the same steps", async () => {
    const content = { ...readyContent("TH-50", "JP-16204", { instrument: "letter-of-intent" }), initiatingSide: "JP" };
    const created = await send("jpEditor", "POST", "/api/proposals", content);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    // Only the initiating side sends it in; the Japanese council's approval is theirs to record.
    expect((await refused(() => act("editor", id, { act: "submit" }))).status).toBe(403);
    const comment = { comment: "A city, not a prefecture: Uozu is our oldest partner" };
    expect((await act("jpEditor", id, { act: "submit", ...comment })).json().step).toBe("mfa-referral");
    expect((await act("jpEditor", id, { act: "record-japanese-approval", on: "2027-01-20" })).statusCode).toBe(200);
    expect((await refused(() => act("jpEditor", id, { act: "record-japanese-approval", on: "2027-01-21" }))).code).toBe(
      "already_recorded",
    );
    const steps: Array<[string, string, string]> = [
      ["facilitator", "mfa-refer", "province-consultation"],
      ["editor", "province-concur", "minister-review"],
      ["facilitator", "minister-approve", "informing"],
      ["facilitator", "inform", "council-of-state"],
      ["facilitator", "council-opinion", "ready-to-sign"],
    ];
    for (const [who, step, to] of steps) {
      const response = await act(who, id, { act: step });
      expect(`${step} ${response.statusCode} ${response.json().step}`).toBe(`${step} 200 ${to}`);
    }
    expect((await refused(() => act("jpEditor", id, { act: "sign", on: "2027-01-26" }))).status).toBe(403);
    expect((await act("editor", id, { act: "sign", on: "2027-01-26" })).json().step).toBe("signed");
  });

  it("needs a comment to pass warnings, returns for revision, resubmits to the same step, and rejects with a reason", async () => {
    const thin = readyContent("TH-10", "JP-40", { stakeholders: [], continuity: undefined });
    const id = (await send("bangkokEditor", "POST", "/api/proposals", thin)).json().id as string;
    const quiet = await refused(() => act("bangkokEditor", id, { act: "submit" }, "th"));
    expect(quiet).toMatchObject({ status: 400, code: "invalid_input" });
    expect(quiet.message).toContain("ข้อควรระวัง 2 ข้อ");
    const sent = await act("bangkokEditor", id, { act: "submit", comment: "Stakeholders meet in January" });
    expect(sent.json().events[0].readiness).toEqual({
      blockers: [],
      warnings: ["support.stakeholders-missing", "continuity.plan-missing"],
    });
    await act("facilitator", id, { act: "consult-mfa" });
    expect((await refused(() => act("facilitator", id, { act: "return" }))).status).toBe(400);
    const returned = await act("facilitator", id, { act: "return", comment: "Consult the chamber of commerce first" });
    expect(returned.json()).toMatchObject({
      step: "returned",
      state: { from: "mfa-consultation", comment: "Consult the chamber of commerce first" },
    });
    expect((await proposal("bangkokEditor", id)).canEdit).toBe(true);
    await send("bangkokEditor", "PUT", `/api/proposals/${id}`, { content: readyContent("TH-10", "JP-40") });
    expect((await act("bangkokEditor", id, { act: "resubmit" })).json().step).toBe("mfa-consultation");
    expect((await refused(() => act("facilitator", id, { act: "reject", comment: " " }))).status).toBe(400);
    const rejected = await act("facilitator", id, { act: "reject", comment: "The Council of State found a conflict" });
    expect(rejected.json().state).toEqual({ step: "rejected", reason: "The Council of State found a conflict" });
    expect((await refused(() => act("bangkokEditor", id, { act: "withdraw" }))).code).toBe("wrong_step");
  });

  it("makes a municipality's pair a draft of its province, which signs, and keeps the municipality from sending it", async () => {
    const created = await send("cityEditor", "POST", "/api/proposals/from-pair", {
      a: "TH-50-chiang-mai-city",
      b: "JP-16204",
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json() as Presented;
    expect([draft.content.thaiParty, draft.content.proposingBody]).toEqual(["TH-50", "TH-50-chiang-mai-city"]);
    const readiness = (await get("cityEditor", `/api/proposals/${draft.id}/readiness`)).json();
    const codes = readiness.dimensions[0].findings.map((found: { code: string }) => found.code);
    expect(codes).toContain("legal.proposing-body");
    expect(codes).toContain("legal.rank-unequal-agreement");
    const partner = readiness.dimensions.find((result: { dimension: string }) => result.dimension === "partner");
    expect(partner.findings.map((found: { code: string }) => found.code)).toContain("partner.related");
    expect(partner.findings.find((found: { code: string }) => found.code === "partner.related").message).toContain(
      "Uozu",
    );
    await send("cityEditor", "PUT", `/api/proposals/${draft.id}`, {
      content: { ...readyContent("TH-50", "JP-16204"), proposingBody: "TH-50-chiang-mai-city" },
    });
    expect((await refused(() => act("cityEditor", draft.id, { act: "submit", comment: "ok" }))).status).toBe(403);
    expect(
      (await act("editor", draft.id, { act: "submit", comment: "Ranks differ; Uozu is a historic partner" }))
        .statusCode,
    ).toBe(200);
  });

  it("shows proposals only to their parties, their author and facilitators", async () => {
    const id = (await send("bangkokEditor", "POST", "/api/proposals", readyContent("TH-10", "JP-40"))).json().id;
    expect((await get(undefined, `/api/proposals/${id}`)).statusCode).toBe(401);
    expect((await get("editor", `/api/proposals/${id}`)).statusCode).toBe(403);
    expect((await get("facilitator", `/api/proposals/${id}`)).statusCode).toBe(200);
    const mine = (await get("editor", "/api/proposals"))
      .json()
      .items.map((item: { thaiParty: string }) => item.thaiParty);
    expect(new Set(mine)).toEqual(new Set(["TH-50"]));
    const all = (await get("facilitator", "/api/proposals?step=draft")).json().items as Array<{
      id: string;
      step: string;
    }>;
    expect(all.map((item) => item.id)).toContain(id);
    expect(all.every((item) => item.step === "draft")).toBe(true);
  });
});
