import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityInputSchema } from "../../src/domain/activity.ts";
import { RelationClaimSchema } from "../../src/domain/claims.ts";
import type { User } from "../../src/domain/policy/actor.ts";
import { logActivity } from "../../src/services/continuity/activities.service.ts";
import { createReport } from "../../src/services/continuity/annual-report.service.ts";
import { createNeedOffer } from "../../src/services/editing/needs-offers.service.ts";
import { addFact } from "../../src/services/editing/profile.service.ts";
import { proposeRelation } from "../../src/services/review/claims.service.ts";
import { decideSubmission } from "../../src/services/review/decisions.service.ts";
import { createTrip } from "../../src/services/trips/trips.service.ts";
import { auditCount, snapshot } from "../support/db-snapshot.ts";
import { multipartFile, PDF, proposalAt, readyContent } from "../support/proposals.ts";
import { writeRoutes } from "../support/route-table.ts";
import { testEngine } from "../support/test-database.ts";
import { asUser, makeUser, signIn, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

type ActorKey = "visitor" | "editor" | "facilitator" | "admin";
type Variant = "own" | "other";
type Roles = "editor" | "facilitator" | "admin";
type Ctx = WorkspaceTestApp & { users: Record<Roles | "jpEditor", User & { email: string }> };

/** Expected status per role, for [the editor's own record, another's record]. Visitors always get 401. */
type Expected = Record<Roles, [number, number]>;
type Case = { expected: Expected; request: (ctx: Ctx, actor: ActorKey, variant: Variant) => Promise<InjectOptions> };

const editorOnlyOwn = (ok: number): Expected => ({ editor: [ok, 403], facilitator: [ok, ok], admin: [ok, ok] });
const submitterOnly = (ok: number): Expected => ({ editor: [ok, 403], facilitator: [ok, 403], admin: [ok, 403] });
const facilitators = (ok: number): Expected => ({ editor: [403, 403], facilitator: [ok, ok], admin: [ok, ok] });
const adminsOnly = (ok: number): Expected => ({ editor: [403, 403], facilitator: [403, 403], admin: [ok, ok] });
const anyone = (ok: number): Expected => ({ editor: [ok, ok], facilitator: [ok, ok], admin: [ok, ok] });

const locality = (variant: Variant) => (variant === "own" ? "TH-50" : "TH-10");
const fact = {
  section: "strengths",
  text: { th: "ศูนย์หัตถกรรมผ้าไหม" },
  issues: ["handicrafts"],
  source: { kind: "self-reported" },
};
const need = (party: string) => ({
  party,
  kind: "need",
  text: { en: "Waste sorting know-how" },
  issues: ["waste"],
  source: { kind: "self-reported" },
});
const claim = (parties: string[]) => ({
  type: "friendship",
  parties,
  title: { en: "Friendship on craft villages" },
  issues: ["handicrafts"],
  source: { kind: "document", title: "Letter of intent", date: "2026-11-02" },
});
const meta = (ctx: Ctx, who: Roles | "jpEditor") => ({ actor: ctx.users[who], actorEmail: ctx.users[who].email });
const actingUser = (ctx: Ctx, actor: ActorKey) => (actor === "visitor" ? ctx.users.editor : ctx.users[actor]);
const ownParties = (actor: ActorKey) =>
  actor === "editor" || actor === "visitor" ? ["TH-50", "JP-16"] : ["TH-10", "JP-40"];

const factOf = async (ctx: Ctx, variant: Variant) =>
  (await addFact(ctx.deps, ctx.users.facilitator, meta(ctx, "facilitator"), locality(variant), fact as never)).id;
const needOf = async (ctx: Ctx, variant: Variant) =>
  (await createNeedOffer(ctx.deps, ctx.users.facilitator, meta(ctx, "facilitator"), need(locality(variant)) as never))
    .id;
/** A claim submitted by the acting user ("own") or by Toyama's editor ("other"). */
const claimBy = async (ctx: Ctx, actor: ActorKey, variant: Variant) => {
  const who = variant === "own" ? actingUser(ctx, actor) : ctx.users.jpEditor;
  const parties = variant === "own" ? ownParties(actor) : ["JP-16", "TH-10"];
  return proposeRelation(ctx.deps, who, { actor: who }, RelationClaimSchema.parse(claim(parties)));
};

/** A relation the editor's locality is party to ("own"), and one it is not. */
const relationOf = (variant: Variant) =>
  variant === "own" ? "sister-chiang-mai-city-uozu" : "friendship-bangkok-fukuoka";
const activity = {
  kind: "visit",
  title: { ja: "魚津市訪問団" },
  date: "2026-10-14",
  sources: [{ kind: "document", title: "Visit report", date: "2026-10-20" }],
};
const activityOf = async (ctx: Ctx, variant: Variant) =>
  (
    await logActivity(
      ctx.deps,
      ctx.users.facilitator,
      meta(ctx, "facilitator"),
      relationOf(variant),
      ActivityInputSchema.parse(activity),
    )
  ).id;

let emails = 0;
let registrations = 0;
/** Each report is of its own year: one report per locality and year. */
let reportYear = 1990;
const reportOf = async (ctx: Ctx, variant: Variant) =>
  (
    await createReport(ctx.deps, ctx.users.facilitator, meta(ctx, "facilitator"), {
      locality: locality(variant),
      year: ++reportYear,
    })
  ).id;

const trip = {
  destination: "Uozu, Toyama",
  purpose: { th: "ประชุมคณะทำงานร่วม" },
  departOn: "2027-05-10",
  returnOn: "2027-05-14",
  delegation: [{ name: "สมศรี ใจดี", position: "Deputy governor" }],
};
const tripOn = (ctx: Ctx, variant: Variant) =>
  createTrip(
    ctx.deps,
    ctx.users.facilitator,
    meta(ctx, "facilitator"),
    variant === "own" ? "sister-chiang-mai-city-uozu" : "friendship-bangkok-fukuoka",
    trip,
  );

const CASES: Record<string, Case> = {
  "POST /api/localities/:id/facts": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/localities/${locality(variant)}/facts`,
      payload: fact,
    }),
  },
  "PUT /api/localities/:id/facts/:factId": {
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => ({
      method: "PUT",
      url: `/api/localities/${locality(variant)}/facts/${await factOf(ctx, variant)}`,
      payload: { ...fact, text: { en: "Silk weaving centre" } },
    }),
  },
  "DELETE /api/localities/:id/facts/:factId": {
    expected: editorOnlyOwn(204),
    request: async (ctx, _actor, variant) => ({
      method: "DELETE",
      url: `/api/localities/${locality(variant)}/facts/${await factOf(ctx, variant)}`,
    }),
  },
  "PUT /api/localities/:id/contacts": {
    expected: editorOnlyOwn(200),
    request: async (_ctx, _actor, variant) => ({
      method: "PUT",
      url: `/api/localities/${locality(variant)}/contacts`,
      payload: { email: "ir@example.go.th", languages: ["th", "en"], source: { kind: "self-reported" } },
    }),
  },
  "POST /api/needs-offers": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/needs-offers",
      payload: need(locality(variant)),
    }),
  },
  "PUT /api/needs-offers/:id": {
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => {
      const { party: _party, ...update } = need("TH-50");
      return { method: "PUT", url: `/api/needs-offers/${await needOf(ctx, variant)}`, payload: update };
    },
  },
  "DELETE /api/needs-offers/:id": {
    expected: editorOnlyOwn(204),
    request: async (ctx, _actor, variant) => ({
      method: "DELETE",
      url: `/api/needs-offers/${await needOf(ctx, variant)}`,
    }),
  },
  "POST /api/relation-claims": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/relation-claims",
      payload: claim(variant === "own" ? ["TH-50", "JP-16"] : ["TH-10", "JP-16"]),
    }),
  },
  "POST /api/relations/:id/corrections": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) =>
      variant === "own"
        ? {
            method: "POST",
            url: "/api/relations/sister-chiang-mai-city-uozu/corrections",
            payload: { ...claim(["TH-50-chiang-mai-city", "JP-16204"]), type: "sister-city", status: "active" },
          }
        : {
            method: "POST",
            url: "/api/relations/friendship-bangkok-fukuoka/corrections",
            payload: claim(["TH-10", "JP-40"]),
          },
  },
  "POST /api/submissions/:id/decision": {
    // The other party's editor confirms a claim naming their locality; facilitators decide any.
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => {
      const parties = variant === "own" ? ["JP-16", "TH-50"] : ["JP-16", "TH-10"];
      const submission = await proposeRelation(
        ctx.deps,
        ctx.users.jpEditor,
        meta(ctx, "jpEditor"),
        RelationClaimSchema.parse(claim(parties)),
      );
      return { method: "POST", url: `/api/submissions/${submission.id}/decision`, payload: { decision: "approve" } };
    },
  },
  "POST /api/submissions/:id/withdraw": {
    expected: submitterOnly(200),
    request: async (ctx, actor, variant) => ({
      method: "POST",
      url: `/api/submissions/${(await claimBy(ctx, actor, variant)).id}/withdraw`,
      payload: { reason: "Sent too early" },
    }),
  },
  "PUT /api/submissions/:id": {
    expected: submitterOnly(200),
    request: async (ctx, actor, variant) => {
      const submission = await claimBy(ctx, actor, variant);
      await decideSubmission(ctx.deps, ctx.users.facilitator, meta(ctx, "facilitator"), submission.id, {
        decision: "request-changes",
        reason: "Name the signing date",
      });
      const parties = variant === "own" ? ownParties(actor) : ["JP-16", "TH-10"];
      return {
        method: "PUT",
        url: `/api/submissions/${submission.id}`,
        payload: { ...claim(parties), start: "2026-11" },
      };
    },
  },
  "POST /api/localities": {
    // "Other" is a province the editor does not speak for. Facilitators act for every province; the
    // fixture gazetteer has districts only in Chiang Mai, so theirs registers there too.
    expected: editorOnlyOwn(201),
    request: async (_ctx, actor, variant) => {
      const n = ++registrations;
      const province = variant === "other" && actor !== "facilitator" && actor !== "admin" ? "TH-57" : "TH-50";
      return {
        method: "POST",
        url: "/api/localities",
        payload: {
          names: { th: `องค์การบริหารส่วนตำบลทดสอบ ${n}`, en: `Test ${n} SAO` },
          tier: "sao",
          province,
          district: "แม่ริม",
        },
      };
    },
  },
  "POST /api/recommendations": {
    expected: facilitators(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/recommendations",
      payload: { from: locality(variant), to: "JP-16", issues: ["handicrafts"] },
    }),
  },
  "POST /api/invitations": {
    expected: { editor: [403, 403], facilitator: [201, 403], admin: [201, 201] },
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/invitations",
      payload:
        variant === "own"
          ? { email: `invitee-${++emails}@example.org`, role: "editor", scope: { localities: ["TH-50"] } }
          : { email: `invitee-${++emails}@example.org`, role: "facilitator" },
    }),
  },
  "PATCH /api/users/:id": {
    expected: adminsOnly(200),
    request: async (ctx) => {
      const target = await makeUser(ctx.deps, "editor", { localities: ["TH-50"] });
      return { method: "PATCH", url: `/api/users/${target.id}`, payload: { scope: { localities: ["TH-10"] } } };
    },
  },
  "POST /api/users/:id/reset-link": {
    expected: adminsOnly(201),
    request: async (ctx) => ({
      method: "POST",
      url: `/api/users/${(await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).id}/reset-link`,
    }),
  },
  "POST /api/audit/:id/revert": {
    expected: facilitators(201),
    request: async (ctx, _actor, variant) => {
      await factOf(ctx, variant);
      const [entry] = await ctx.repos.audit.forRecord(locality(variant), { limit: 1 });
      return { method: "POST", url: `/api/audit/${entry?.id}/revert`, payload: { reason: "Entered by mistake" } };
    },
  },
  "POST /api/proposals": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/proposals",
      payload: variant === "own" ? readyContent("TH-50", "JP-16") : readyContent("TH-10", "JP-40"),
    }),
  },
  "POST /api/proposals/from-pair": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/proposals/from-pair",
      payload: variant === "own" ? { a: "TH-50", b: "JP-16" } : { a: "JP-40", b: "TH-10" },
    }),
  },
  "PUT /api/proposals/:id": {
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => {
      const content = variant === "own" ? readyContent("TH-50", "JP-16") : readyContent("TH-10", "JP-40");
      const proposal = await proposalAt(ctx.deps, ctx.users.facilitator, content);
      return {
        method: "PUT",
        url: `/api/proposals/${proposal.id}`,
        payload: { content: { ...content, instrument: "friendship" }, reason: "A friendship first" },
      };
    },
  },
  "POST /api/proposals/:id/acts": {
    // The Thai party (the province) sends its proposal to MOI.
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => {
      const content = variant === "own" ? readyContent("TH-50", "JP-16") : readyContent("TH-10", "JP-40");
      const proposal = await proposalAt(ctx.deps, ctx.users.facilitator, content);
      return { method: "POST", url: `/api/proposals/${proposal.id}/acts`, payload: { act: "submit" } };
    },
  },
  "POST /api/proposals/:id/documents": {
    expected: editorOnlyOwn(201),
    request: async (ctx, _actor, variant) => {
      const content = variant === "own" ? readyContent("TH-50", "JP-16") : readyContent("TH-10", "JP-40");
      const proposal = await proposalAt(ctx.deps, ctx.users.facilitator, content, ["submit"]);
      return { method: "POST", url: `/api/proposals/${proposal.id}/documents`, ...multipartFile("letter.pdf", PDF) };
    },
  },
  "POST /api/relations/:id/trips": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/relations/${variant === "own" ? "sister-chiang-mai-city-uozu" : "friendship-bangkok-fukuoka"}/trips`,
      payload: trip,
    }),
  },
  "POST /api/trips/:id/acts": {
    // The Permanent Secretary's decision, recorded by a facilitator.
    expected: facilitators(200),
    request: async (ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/trips/${(await tripOn(ctx, variant)).id}/acts`,
      payload: { act: "approve", comment: "Approved by the Permanent Secretary" },
    }),
  },
  "POST /api/trips/:id/documents": {
    expected: editorOnlyOwn(201),
    request: async (ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/trips/${(await tripOn(ctx, variant)).id}/documents`,
      ...multipartFile("programme.pdf", PDF),
    }),
  },
  "POST /api/relations/:id/activities": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/relations/${relationOf(variant)}/activities`,
      payload: activity,
    }),
  },
  "PUT /api/activities/:id": {
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => ({
      method: "PUT",
      url: `/api/activities/${await activityOf(ctx, variant)}`,
      payload: { ...activity, title: { en: "Uozu delegation" } },
    }),
  },
  "DELETE /api/activities/:id": {
    expected: editorOnlyOwn(204),
    request: async (ctx, _actor, variant) => ({
      method: "DELETE",
      url: `/api/activities/${await activityOf(ctx, variant)}`,
    }),
  },
  "PUT /api/relations/:id/objectives": {
    expected: editorOnlyOwn(200),
    request: async (_ctx, _actor, variant) => ({
      method: "PUT",
      url: `/api/relations/${relationOf(variant)}/objectives`,
      payload: {
        objectives: [
          {
            text: { en: "Youth exchange every year" },
            indicators: [{ name: { en: "Students" }, targets: { "2026": 20 } }],
          },
        ],
      },
    }),
  },
  "POST /api/relations/:id/confirmation": {
    // Only a party's own editor confirms a record; facilitators and admins speak for no party.
    expected: { editor: [201, 403], facilitator: [403, 403], admin: [403, 403] },
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/relations/${relationOf(variant)}/confirmation`,
      payload: {},
    }),
  },
  "POST /api/notices/read": {
    // Everyone marks their own notices; ids of another's are simply not theirs to mark.
    expected: anyone(200),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/notices/read",
      payload: variant === "own" ? {} : { ids: ["not-mine"] },
    }),
  },
  "PUT /api/notification-preferences": {
    expected: anyone(200),
    request: async (_ctx, _actor, variant) => ({
      method: "PUT",
      url: "/api/notification-preferences",
      payload: { kinds: { "relation-dormant": variant === "own" }, email: "digest" },
    }),
  },
  "POST /api/annual-reports": {
    expected: editorOnlyOwn(201),
    request: async (_ctx, _actor, variant) => ({
      method: "POST",
      url: "/api/annual-reports",
      payload: { locality: locality(variant), year: ++reportYear },
    }),
  },
  "PUT /api/annual-reports/:id": {
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => ({
      method: "PUT",
      url: `/api/annual-reports/${await reportOf(ctx, variant)}`,
      payload: { summary: "ปีนี้มีการแลกเปลี่ยนเยาวชนสองครั้ง" },
    }),
  },
  "POST /api/annual-reports/:id/regenerate": {
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/annual-reports/${await reportOf(ctx, variant)}/regenerate`,
    }),
  },
  "POST /api/annual-reports/:id/submit": {
    expected: editorOnlyOwn(200),
    request: async (ctx, _actor, variant) => ({
      method: "POST",
      url: `/api/annual-reports/${await reportOf(ctx, variant)}/submit`,
    }),
  },
  "POST /api/localities/:id/handovers": {
    // An officer hands over their own post; facilitators anyone's ("own": the editor's post in Chiang Mai).
    expected: editorOnlyOwn(201),
    request: async (ctx, _actor, variant) => {
      const outgoing =
        variant === "own" ? ctx.users.editor : await makeUser(ctx.deps, "editor", { localities: ["TH-10"] });
      return {
        method: "POST",
        url: `/api/localities/${locality(variant)}/handovers`,
        payload: { outgoingUserId: outgoing.id, email: `successor-${++emails}@example.org`, note: "See the MoU file" },
      };
    },
  },
  "POST /api/admin/import": {
    expected: adminsOnly(200),
    request: async (_ctx, actor, variant) => ({
      method: "POST",
      url: "/api/admin/import",
      payload: {
        name: `import-${actor}-${variant}.json`,
        text: JSON.stringify({
          relations: [
            {
              id: `mou-import-${actor}-${variant}`,
              type: "mou",
              parties: [locality(variant), "JP-16"],
              title: { en: "Memo" },
              status: "active",
              issues: ["waste"],
              sources: ["gk:low"],
            },
          ],
        }),
      },
    }),
  },
  "DELETE /api/session": { expected: anyone(204), request: async () => ({ method: "DELETE", url: "/api/session" }) },
  "DELETE /api/sessions": { expected: anyone(204), request: async () => ({ method: "DELETE", url: "/api/sessions" }) },
};

/** Routes that work without a session by design; each has its own tests (tests/workspace/*). */
const PUBLIC = [
  "POST /api/session",
  "POST /api/invitations/:token/accept",
  "POST /api/password-resets",
  "POST /api/password-resets/:token",
];

describe(`authorization matrix on ${testEngine()}`, () => {
  let ctx: Ctx;

  beforeAll(async () => {
    const base = await workspaceApp();
    const users = {
      editor: await makeUser(base.deps, "editor", { localities: ["TH-50", "TH-50-chiang-mai-city"] }),
      jpEditor: await makeUser(base.deps, "editor", { localities: ["JP-16", "JP-16204"] }),
      facilitator: await makeUser(base.deps, "facilitator"),
      admin: await makeUser(base.deps, "admin"),
    };
    const asActor = (user: (typeof users)[keyof typeof users]) => ({
      ...user,
      kind: "user" as const,
      scope: user.scope,
    });
    ctx = {
      ...base,
      users: {
        editor: asActor(users.editor),
        jpEditor: asActor(users.jpEditor),
        facilitator: asActor(users.facilitator),
        admin: asActor(users.admin),
      },
    };
  });
  afterAll(() => ctx.app.close());

  it("covers every state-changing route", () => {
    expect(writeRoutes(ctx.app)).toEqual([...Object.keys(CASES), ...PUBLIC].sort());
  });

  for (const [route, testCase] of Object.entries(CASES)) {
    it(route, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const actor of ["visitor", "editor", "facilitator", "admin"] as const) {
        for (const variant of ["own", "other"] as const) {
          const request = await testCase.request(ctx, actor, variant);
          const session = actor === "visitor" ? undefined : await signIn(ctx.app, ctx.users[actor].email);
          const before = await snapshot(ctx.database);
          const audits = await auditCount(ctx.database);
          const response = await ctx.app.inject(asUser(session, request));
          const want = actor === "visitor" ? 401 : testCase.expected[actor][variant === "own" ? 0 : 1];
          expected.push(`${actor}/${variant} ${want}`);
          outcomes.push(`${actor}/${variant} ${response.statusCode}`);
          if (response.statusCode >= 400) {
            if (response.statusCode === 400) throw new Error(`${actor}/${variant}: ${response.body}`);
            expect(response.json().error.code, `${actor}/${variant}`).toBe(
              response.statusCode === 401 ? "unauthenticated" : "forbidden",
            );
            expect(await snapshot(ctx.database), `${actor}/${variant}: a refusal changed the database`).toBe(before);
          } else {
            expect(await auditCount(ctx.database), `${actor}/${variant}: one audit entry per write`).toBe(audits + 1);
          }
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
