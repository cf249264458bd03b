import { describe, expect, it } from "vitest";
import type { User } from "../policy/actor.ts";
import { PROPOSAL_ACTS, type ProposalAct, proposalStanding } from "../policy/proposal-roles.ts";
import { ProposalContentSchema, type Side } from "./proposal.ts";
import { PATH_STEPS, type Path, type ProposalState, REVIEW_STEPS, type Step } from "./steps.ts";
import {
  type ActInput,
  applyProposalAct,
  awaitedAct,
  type Proposal,
  pathOf,
  type ReadinessSummary,
  reviseContent,
} from "./workflow.ts";

const T0 = "2027-01-10T03:00:00.000Z";
const T1 = "2027-02-01T03:00:00.000Z";

const user = (id: string, role: User["role"], localities: string[] = []): User => ({
  kind: "user",
  id,
  role,
  scope: { localities, organisations: [] },
});
const ROLES = {
  thai: user("u-th", "editor", ["TH-50"]),
  japanese: user("u-jp", "editor", ["JP-16"]),
  proposing: user("u-city", "editor", ["TH-50-chiang-mai-city"]),
  other: user("u-other", "editor", ["TH-10"]),
  facilitator: user("u-moi", "facilitator"),
  admin: user("u-admin", "admin"),
} as const;
type RoleName = keyof typeof ROLES;
const PARTIES = { thai: "TH-50", japanese: "JP-16", proposingBody: "TH-50-chiang-mai-city" };

const proposalAt = (side: Side, state: ProposalState): Proposal => ({
  id: "p-1",
  state,
  stepSince: T0,
  content: ProposalContentSchema.parse({
    thaiParty: "TH-50",
    japaneseParty: "JP-16",
    proposingBody: "TH-50-chiang-mai-city",
    initiatingSide: side,
    instrument: "friendship",
  }),
  events: [],
  createdBy: "u-th",
  createdAt: T0,
  updatedAt: T0,
});

/** The process as the report lays it down (5814–5833), written out: "from act to", per path. */
const SPEC: Record<Path, string> = {
  "thai-initiated": `
    draft submit moi-review
    moi-review consult-mfa mfa-consultation
    mfa-consultation agency-comment mfa-consultation
    mfa-consultation mfa-concur minister-review
    minister-review minister-approve council-of-state
    council-of-state council-opinion ready-to-sign
    ready-to-sign sign signed
    signed enter-into-force in-force
    in-force annual-report in-force`,
  "foreign-initiated": `
    draft submit mfa-referral
    mfa-referral mfa-refer province-consultation
    province-consultation province-concur minister-review
    minister-review minister-approve informing
    informing inform council-of-state
    council-of-state council-opinion ready-to-sign
    ready-to-sign sign signed
    signed enter-into-force in-force
    in-force annual-report in-force`,
};

/** Acts that apply at many steps: return and reject at MOI's review steps, withdraw before signing … */
const reviewStepsOf = (path: Path) =>
  PATH_STEPS[path].filter((step) => (REVIEW_STEPS as readonly Step[]).includes(step));
const expectedTransitions = (path: Path): Map<string, Step> => {
  const map = new Map<string, Step>();
  for (const line of SPEC[path].trim().split("\n")) {
    const [from, act, to] = line.trim().split(/\s+/);
    map.set(`${from} ${act}`, to as Step);
  }
  for (const step of reviewStepsOf(path)) {
    map.set(`${step} return`, "returned");
    map.set(`${step} reject`, "rejected");
  }
  for (const step of ["draft", "returned", ...reviewStepsOf(path), "ready-to-sign"])
    map.set(`${step} withdraw`, "withdrawn");
  for (const step of [...PATH_STEPS[path], "returned"]) map.set(`${step} record-japanese-approval`, step as Step);
  return map;
};

/** Who may take each act, written out; facilitators and admins may also do what editors may. */
const MAY: Record<ProposalAct, readonly RoleName[] | ((side: Side) => readonly RoleName[])> = {
  submit: (side) => (side === "TH" ? ["thai", "facilitator", "admin"] : ["japanese", "facilitator", "admin"]),
  "consult-mfa": ["facilitator", "admin"],
  "agency-comment": ["facilitator", "admin"],
  "mfa-concur": ["facilitator", "admin"],
  "minister-approve": ["facilitator", "admin"],
  "council-opinion": ["facilitator", "admin"],
  sign: ["thai", "facilitator", "admin"],
  "enter-into-force": ["thai", "facilitator", "admin"],
  "annual-report": ["thai", "facilitator", "admin"],
  "mfa-refer": ["facilitator", "admin"],
  "province-concur": ["thai", "facilitator", "admin"],
  inform: ["facilitator", "admin"],
  return: ["facilitator", "admin"],
  resubmit: ["thai", "japanese", "proposing", "facilitator", "admin"],
  reject: ["facilitator", "admin"],
  withdraw: ["thai", "japanese", "proposing", "facilitator", "admin"],
  "record-japanese-approval": ["japanese", "facilitator", "admin"],
};
const FACILITATOR_ONLY = new Set<ProposalAct>(
  PROPOSAL_ACTS.filter(
    (act) =>
      !(MAY[act] instanceof Function) &&
      !(MAY[act] as RoleName[]).includes("thai") &&
      !(MAY[act] as RoleName[]).includes("japanese"),
  ),
);

const statesOf = (path: Path): ProposalState[] => [
  ...PATH_STEPS[path].map((step): ProposalState => {
    if (step === "signed") return { step, signedOn: "2027-01-05" };
    if (step === "in-force") return { step, since: "2027-01-06", reports: 0 };
    return { step } as ProposalState;
  }),
  ...reviewStepsOf(path).map(
    (from): ProposalState => ({ step: "returned", from: from as never, comment: "Add the budget" }),
  ),
  { step: "withdrawn", reason: "Changed plans" },
  { step: "rejected", reason: "Not of equal rank" },
];

const fullInput = (act: ProposalAct): ActInput => ({ act, comment: "Noted", on: "2027-01-31", agency: "nsc" });
const CLEAN: ReadinessSummary = { blockers: [], warnings: [] };

describe("the approval workflow: every act at every step for every role", () => {
  for (const path of ["thai-initiated", "foreign-initiated"] as const) {
    const side: Side = path === "thai-initiated" ? "TH" : "JP";
    const transitions = expectedTransitions(path);
    for (const state of statesOf(path)) {
      const label = state.step === "returned" ? `returned from ${state.from}` : state.step;
      it(`${path}: ${label}`, () => {
        const actual: string[] = [];
        const expected: string[] = [];
        for (const act of PROPOSAL_ACTS) {
          const allowedRoles = MAY[act] instanceof Function ? MAY[act](side) : MAY[act];
          const to =
            act === "resubmit" && state.step === "returned" ? state.from : transitions.get(`${state.step} ${act}`);
          for (const role of Object.keys(ROLES) as RoleName[]) {
            const result = applyProposalAct(
              proposalAt(side, state),
              proposalStanding(ROLES[role], PARTIES),
              fullInput(act),
              {
                at: T1,
                by: ROLES[role].id,
                readiness: CLEAN,
              },
            );
            actual.push(`${act} by ${role}: ${result.ok ? `→ ${result.proposal.state.step}` : result.refusal}`);
            const want = !allowedRoles.includes(role)
              ? FACILITATOR_ONLY.has(act)
                ? "role"
                : "scope"
              : to
                ? `→ ${to}`
                : "wrong-step";
            expected.push(`${act} by ${role}: ${want}`);
          }
        }
        expect(actual).toEqual(expected);
      });
    }
  }

  it("names the act each step waits for", () => {
    expect(
      PATH_STEPS["thai-initiated"].map((step) =>
        awaitedAct(
          "thai-initiated",
          statesOf("thai-initiated").find((state) => state.step === step) ?? { step: "draft" },
        ),
      ),
    ).toEqual([
      "submit",
      "consult-mfa",
      "mfa-concur",
      "minister-approve",
      "council-opinion",
      "sign",
      "enter-into-force",
      "annual-report",
    ]);
    expect(awaitedAct("foreign-initiated", { step: "informing" })).toBe("inform");
    expect(awaitedAct("foreign-initiated", { step: "returned", from: "mfa-referral", comment: "x" })).toBe("resubmit");
    expect(awaitedAct("thai-initiated", { step: "rejected", reason: "x" })).toBeUndefined();
  });

  it("derives the path from the initiating side", () => {
    expect(pathOf({ initiatingSide: "TH" })).toBe("thai-initiated");
    expect(pathOf({ initiatingSide: "JP" })).toBe("foreign-initiated");
  });
});

describe("what each act must carry", () => {
  const facilitator = proposalStanding(ROLES.facilitator, PARTIES);
  const thai = proposalStanding(ROLES.thai, PARTIES);
  const act = (proposal: Proposal, standing: typeof thai, input: ActInput, readiness = CLEAN) =>
    applyProposalAct(proposal, standing, input, { at: T1, by: "u-x", readiness });

  it("needs comments to return, reject, report and record an agency's view, and a date to sign", () => {
    expect(act(proposalAt("TH", { step: "moi-review" }), facilitator, { act: "return" })).toEqual({
      ok: false,
      refusal: "comment-required",
    });
    expect(act(proposalAt("TH", { step: "moi-review" }), facilitator, { act: "reject", comment: "  " })).toMatchObject({
      refusal: "comment-required",
    });
    expect(
      act(proposalAt("TH", { step: "mfa-consultation" }), facilitator, { act: "agency-comment", comment: "ok" }),
    ).toMatchObject({
      refusal: "agency-required",
    });
    expect(act(proposalAt("TH", { step: "ready-to-sign" }), thai, { act: "sign" })).toMatchObject({
      refusal: "date-required",
    });
    expect(
      act(proposalAt("TH", { step: "in-force", since: "2027-01-01", reports: 0 }), thai, { act: "annual-report" }),
    ).toMatchObject({
      refusal: "comment-required",
    });
  });

  it("refuses a signing or an approval dated after the day it is recorded", () => {
    expect(act(proposalAt("TH", { step: "ready-to-sign" }), thai, { act: "sign", on: "2027-02-02" })).toEqual({
      ok: false,
      refusal: "date-in-future",
    });
    expect(act(proposalAt("TH", { step: "ready-to-sign" }), thai, { act: "sign", on: "2027-02-01" }).ok).toBe(true);
  });

  it("takes the signing's own date when it is recorded early in the morning in Bangkok (still yesterday in UTC)", () => {
    // 03:00 on 2 February in Bangkok is 20:00 on 1 February in UTC.
    const early = { at: "2027-02-01T20:00:00.000Z", by: "u-th", readiness: CLEAN };
    const ready = proposalAt("TH", { step: "ready-to-sign" });
    expect(applyProposalAct(ready, thai, { act: "sign", on: "2027-02-02" }, early).ok).toBe(true);
    expect(applyProposalAct(ready, thai, { act: "sign", on: "2027-02-03" }, early)).toEqual({
      ok: false,
      refusal: "date-in-future",
    });
  });

  it("stops submission on a legal blocker and lets warnings pass only with a comment", () => {
    const draft = proposalAt("TH", { step: "draft" });
    expect(
      act(draft, thai, { act: "submit", comment: "Please" }, { blockers: ["legal.signatory"], warnings: [] }),
    ).toEqual({
      ok: false,
      refusal: "legal-blocker",
    });
    expect(act(draft, thai, { act: "submit" }, { blockers: [], warnings: ["budget.line"] })).toEqual({
      ok: false,
      refusal: "comment-required",
    });
    const sent = act(
      draft,
      thai,
      { act: "submit", comment: "Budget comes next year" },
      { blockers: [], warnings: ["budget.line"] },
    );
    expect(sent.ok && sent.event).toMatchObject({
      act: "submit",
      from: "draft",
      to: "moi-review",
      comment: "Budget comes next year",
      readiness: { blockers: [], warnings: ["budget.line"] },
      at: T1,
    });
  });

  it("refuses to send a proposal whose readiness was not checked", () => {
    const result = applyProposalAct(
      proposalAt("TH", { step: "draft" }),
      thai,
      { act: "submit" },
      { at: T1, by: "u-th" },
    );
    expect(result).toEqual({ ok: false, refusal: "legal-blocker" });
  });

  it("returns to the step it was returned from, with the comments kept", () => {
    const returned = act(proposalAt("TH", { step: "minister-review" }), facilitator, {
      act: "return",
      comment: "Name the deputy",
    });
    expect(returned.ok && returned.proposal.state).toEqual({
      step: "returned",
      from: "minister-review",
      comment: "Name the deputy",
    });
    if (!returned.ok) return;
    const again = act(returned.proposal, thai, { act: "resubmit" });
    expect(again.ok && again.proposal.state).toEqual({ step: "minister-review" });
    expect(again.ok && again.proposal.events.map((event) => `${event.from}>${event.to}`)).toEqual([
      "minister-review>returned",
      "returned>minister-review",
    ]);
  });

  it("restarts the step clock on a move and on each annual report, not on a comment", () => {
    const comment = act(proposalAt("TH", { step: "mfa-consultation" }), facilitator, {
      act: "agency-comment",
      agency: "nesdb",
      comment: "Link it to the provincial plan",
    });
    expect(comment.ok && comment.proposal.stepSince).toBe(T0);
    const report = act(proposalAt("TH", { step: "in-force", since: "2027-01-01", reports: 2 }), thai, {
      act: "annual-report",
      comment: "Twelve students exchanged",
    });
    expect(report.ok && [report.proposal.stepSince, report.proposal.state]).toEqual([
      T1,
      { step: "in-force", since: "2027-01-01", reports: 3 },
    ]);
  });

  it("records the Japanese council's approval once, without moving the proposal", () => {
    const japanese = proposalStanding(ROLES.japanese, PARTIES);
    const first = act(proposalAt("TH", { step: "council-of-state" }), japanese, {
      act: "record-japanese-approval",
      on: "2027-01-20",
    });
    expect(first.ok && [first.proposal.state.step, first.proposal.japaneseApproval]).toEqual([
      "council-of-state",
      { on: "2027-01-20", at: T1, by: "u-x" },
    ]);
    if (!first.ok) return;
    expect(act(first.proposal, japanese, { act: "record-japanese-approval", on: "2027-01-21" })).toEqual({
      ok: false,
      refusal: "already-recorded",
    });
  });

  it("keeps a signed proposal's date and the day it entered into force", () => {
    const signed = act(proposalAt("TH", { step: "ready-to-sign" }), thai, { act: "sign", on: "2027-01-15" });
    expect(signed.ok && signed.proposal.state).toEqual({ step: "signed", signedOn: "2027-01-15" });
    if (!signed.ok) return;
    const inForce = act(signed.proposal, thai, { act: "enter-into-force", on: "2027-01-31" });
    expect(inForce.ok && inForce.proposal.state).toEqual({ step: "in-force", since: "2027-01-31", reports: 0 });
  });
});

describe("revising content", () => {
  const content = proposalAt("JP", { step: "draft" }).content;

  it("is allowed in a draft and after a return, and refused once sent in", () => {
    expect(reviseContent(proposalAt("TH", { step: "draft" }), content, T1)).toMatchObject({ ok: true });
    expect(reviseContent(proposalAt("TH", { step: "moi-review" }), content, T1)).toEqual({
      ok: false,
      refusal: "wrong-step",
    });
  });

  it("keeps the initiating side of a returned proposal", () => {
    const returned = proposalAt("TH", { step: "returned", from: "moi-review", comment: "x" });
    expect(reviseContent(returned, content, T1)).toEqual({ ok: false, refusal: "side-fixed" });
    expect(reviseContent(returned, { ...content, initiatingSide: "TH" }, T1)).toMatchObject({ ok: true });
  });
});
