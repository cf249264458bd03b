import { describe, expect, it } from "vitest";
import { type Actor, EMPTY_SCOPE, type Scope, VISITOR } from "./actor.ts";
import { type Action, type ActionType, decide, type Refusal } from "./policy.ts";

const chiangMai: Scope = { localities: ["TH-50"], organisations: [] };
const toyama: Scope = { localities: ["JP-16"], organisations: [] };
const editor: Actor = { kind: "user", id: "u-editor", role: "editor", scope: chiangMai };
const facilitator: Actor = { kind: "user", id: "u-facilitator", role: "facilitator", scope: EMPTY_SCOPE };
const admin: Actor = { kind: "user", id: "u-admin", role: "admin", scope: EMPTY_SCOPE };

/** Each action about the editor's own record and about another's. */
const CASES: Record<ActionType, { own: Action; other: Action }> = {
  "workspace.enter": { own: { type: "workspace.enter" }, other: { type: "workspace.enter" } },
  "locality.edit": {
    own: { type: "locality.edit", locality: "TH-50" },
    other: { type: "locality.edit", locality: "TH-10" },
  },
  "needOffer.write": {
    own: { type: "needOffer.write", party: "TH-50" },
    other: { type: "needOffer.write", party: "JP-16" },
  },
  "relation.propose": {
    own: { type: "relation.propose", parties: ["TH-50", "JP-16"] },
    other: { type: "relation.propose", parties: ["TH-10", "JP-13"] },
  },
  "relation.correct": {
    own: { type: "relation.correct", parties: ["JP-16", "TH-50"] },
    other: { type: "relation.correct", parties: ["TH-10", "JP-13"] },
  },
  "submission.read": {
    own: { type: "submission.read", submittedBy: "u-editor", parties: ["TH-10", "JP-13"] },
    other: { type: "submission.read", submittedBy: "u-someone", parties: ["TH-10", "JP-13"] },
  },
  "submission.amend": {
    own: { type: "submission.amend", submittedBy: "u-editor" },
    other: { type: "submission.amend", submittedBy: "u-someone" },
  },
  "submission.confirm": {
    // "Own" here is the case an editor is there for: a claim by Toyama's editor naming Chiang Mai.
    own: { type: "submission.confirm", submittedBy: "u-toyama", submitterScope: toyama, parties: ["JP-16", "TH-50"] },
    other: { type: "submission.confirm", submittedBy: "u-toyama", submitterScope: toyama, parties: ["JP-16", "TH-10"] },
  },
  "review.queue": { own: { type: "review.queue" }, other: { type: "review.queue" } },
  "review.decide": { own: { type: "review.decide" }, other: { type: "review.decide" } },
  "pair.recommend": { own: { type: "pair.recommend" }, other: { type: "pair.recommend" } },
  "user.invite": { own: { type: "user.invite", role: "editor" }, other: { type: "user.invite", role: "facilitator" } },
  "user.list": { own: { type: "user.list" }, other: { type: "user.list" } },
  "user.update": {
    own: { type: "user.update", targetId: "u-someone" },
    other: { type: "user.update", targetId: "u-other" },
  },
  "user.reset-link": { own: { type: "user.reset-link" }, other: { type: "user.reset-link" } },
  "data.import": { own: { type: "data.import" }, other: { type: "data.import" } },
  "audit.read": { own: { type: "audit.read" }, other: { type: "audit.read" } },
  "audit.revert": { own: { type: "audit.revert" }, other: { type: "audit.revert" } },
  "proposal.create": {
    own: { type: "proposal.create", parties: { thai: "TH-50", japanese: "JP-16" } },
    other: { type: "proposal.create", parties: { thai: "TH-10", japanese: "JP-13" } },
  },
  "proposal.read": {
    own: { type: "proposal.read", parties: { thai: "TH-50", japanese: "JP-16" }, createdBy: "u-someone" },
    other: { type: "proposal.read", parties: { thai: "TH-10", japanese: "JP-13" }, createdBy: "u-someone" },
  },
  "proposal.edit": {
    own: { type: "proposal.edit", parties: { thai: "TH-10", japanese: "JP-13", proposingBody: "TH-50" } },
    other: { type: "proposal.edit", parties: { thai: "TH-10", japanese: "JP-13" } },
  },
  "proposal.act": {
    own: { type: "proposal.act", act: "sign", parties: { thai: "TH-50", japanese: "JP-16" }, initiatingSide: "TH" },
    other: { type: "proposal.act", act: "sign", parties: { thai: "TH-10", japanese: "JP-16" }, initiatingSide: "TH" },
  },
  "proposal.dashboard": { own: { type: "proposal.dashboard" }, other: { type: "proposal.dashboard" } },
  "trip.create": {
    own: { type: "trip.create", thaiParties: ["TH-50"] },
    other: { type: "trip.create", thaiParties: ["TH-10"] },
  },
  "trip.read": {
    own: { type: "trip.read", parties: ["TH-50", "JP-16"], createdBy: "u-someone" },
    other: { type: "trip.read", parties: ["TH-10", "JP-13"], createdBy: "u-someone" },
  },
  "trip.act": {
    own: { type: "trip.act", act: "submit", thaiParties: ["TH-50"] },
    other: { type: "trip.act", act: "submit", thaiParties: ["TH-10"] },
  },
  "activity.write": {
    own: { type: "activity.write", parties: ["TH-50", "JP-16"] },
    other: { type: "activity.write", parties: ["TH-10", "JP-13"] },
  },
  "relation.plan": {
    own: { type: "relation.plan", parties: ["JP-16", "TH-50"] },
    other: { type: "relation.plan", parties: ["TH-10", "JP-13"] },
  },
  "relation.confirm": {
    own: { type: "relation.confirm", parties: ["TH-50", "JP-16"] },
    other: { type: "relation.confirm", parties: ["TH-10", "JP-13"] },
  },
  "relation.watch": { own: { type: "relation.watch" }, other: { type: "relation.watch" } },
  "locality.dossier": {
    own: { type: "locality.dossier", locality: "TH-50" },
    other: { type: "locality.dossier", locality: "TH-10" },
  },
  "locality.handover": {
    // "Own": the editor hands over their own post; "other": someone else's post in another locality.
    own: { type: "locality.handover", locality: "TH-50", outgoingUserId: "u-editor" },
    other: { type: "locality.handover", locality: "TH-10", outgoingUserId: "u-someone" },
  },
  "report.write": {
    own: { type: "report.write", locality: "TH-50" },
    other: { type: "report.write", locality: "TH-10" },
  },
  "notice.own": {
    own: { type: "notice.own", userId: "u-editor" },
    other: { type: "notice.own", userId: "u-someone" },
  },
  "locality.register": {
    own: { type: "locality.register", province: "TH-50" },
    other: { type: "locality.register", province: "TH-57" },
  },
};

type Expected = true | Refusal;
/** The whole matrix, written out: [editor own, editor other, facilitator own, facilitator other, admin own, admin other]. */
const MATRIX: Record<ActionType, [Expected, Expected, Expected, Expected, Expected, Expected]> = {
  "workspace.enter": [true, true, true, true, true, true],
  "locality.edit": [true, "scope", true, true, true, true],
  "needOffer.write": [true, "scope", true, true, true, true],
  "relation.propose": [true, "scope", true, true, true, true],
  "relation.correct": [true, "scope", true, true, true, true],
  "submission.read": [true, "scope", true, true, true, true],
  "submission.amend": [true, "scope", "scope", "scope", "scope", "scope"],
  "submission.confirm": [true, "scope", "scope", "scope", "scope", "scope"],
  "review.queue": ["role", "role", true, true, true, true],
  "review.decide": ["role", "role", true, true, true, true],
  "pair.recommend": ["role", "role", true, true, true, true],
  "user.invite": ["role", "role", true, "role", true, true],
  "user.list": ["role", "role", "role", "role", true, true],
  "user.update": ["role", "role", "role", "role", true, true],
  "user.reset-link": ["role", "role", "role", "role", true, true],
  "data.import": ["role", "role", "role", "role", true, true],
  "audit.read": ["role", "role", true, true, true, true],
  "audit.revert": ["role", "role", true, true, true, true],
  "proposal.create": [true, "scope", true, true, true, true],
  "proposal.read": [true, "scope", true, true, true, true],
  "proposal.edit": [true, "scope", true, true, true, true],
  "proposal.act": [true, "scope", true, true, true, true],
  "proposal.dashboard": ["role", "role", true, true, true, true],
  "trip.create": [true, "scope", true, true, true, true],
  "trip.read": [true, "scope", true, true, true, true],
  "trip.act": [true, "scope", true, true, true, true],
  "activity.write": [true, "scope", true, true, true, true],
  "relation.plan": [true, "scope", true, true, true, true],
  // Only a party's own editors confirm a record: facilitators and admins speak for no party.
  "relation.confirm": [true, "scope", "scope", "scope", "scope", "scope"],
  "relation.watch": ["role", "role", true, true, true, true],
  "locality.dossier": [true, "scope", true, true, true, true],
  "locality.handover": [true, "scope", true, true, true, true],
  "report.write": [true, "scope", true, true, true, true],
  // Own notices are the signed-in user's: the facilitator and admin here are u-facilitator and u-admin.
  "notice.own": [true, "scope", "scope", "scope", "scope", "scope"],
  "locality.register": [true, "scope", true, true, true, true],
};

const outcome = (actor: Actor, action: Action): Expected => {
  const decision = decide(actor, action);
  return decision.isAllowed ? true : decision.reason;
};

describe("policy: every role × every action × own and other record", () => {
  for (const [type, cases] of Object.entries(CASES) as Array<[ActionType, { own: Action; other: Action }]>) {
    it(type, () => {
      const actual = [editor, facilitator, admin].flatMap((actor) => [
        outcome(actor, cases.own),
        outcome(actor, cases.other),
      ]);
      expect(actual).toEqual(MATRIX[type]);
      expect(outcome(VISITOR, cases.own)).toBe("sign-in-required");
      expect(outcome(VISITOR, cases.other)).toBe("sign-in-required");
    });
  }

  it("covers every action type", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it("lets an editor of an organisation act for it", () => {
    const jetroEditor: Actor = {
      kind: "user",
      id: "u-j",
      role: "editor",
      scope: { localities: [], organisations: ["org:jp-jetro"] },
    };
    expect(outcome(jetroEditor, { type: "needOffer.write", party: "org:jp-jetro" })).toBe(true);
    expect(outcome(jetroEditor, { type: "locality.edit", locality: "JP-13" })).toBe("scope");
  });

  it("never lets a submitter confirm their own claim, even as the other party's editor too", () => {
    const both: Actor = {
      kind: "user",
      id: "u-both",
      role: "editor",
      scope: { localities: ["TH-50", "JP-16"], organisations: [] },
    };
    const claim: Action = {
      type: "submission.confirm",
      submittedBy: "u-both",
      submitterScope: toyama,
      parties: ["JP-16", "TH-50"],
    };
    expect(outcome(both, claim)).toBe("own-submission");
  });

  it("refuses an editor who speaks only for the submitter's side", () => {
    const otherToyamaEditor: Actor = { kind: "user", id: "u-t2", role: "editor", scope: toyama };
    const claim: Action = {
      type: "submission.confirm",
      submittedBy: "u-toyama",
      submitterScope: toyama,
      parties: ["JP-16", "TH-50"],
    };
    expect(outcome(otherToyamaEditor, claim)).toBe("scope");
  });

  it("lets an editor hand over only their own post, and a facilitator anyone's", () => {
    const colleague = { type: "locality.handover", locality: "TH-50", outgoingUserId: "u-colleague" } as const;
    expect(outcome(editor, colleague)).toBe("scope");
    expect(outcome(facilitator, colleague)).toBe(true);
  });

  it("lets each user read their own notices", () => {
    expect(outcome(facilitator, { type: "notice.own", userId: "u-facilitator" })).toBe(true);
    expect(outcome(admin, { type: "notice.own", userId: "u-admin" })).toBe(true);
  });

  it("lets only a province's editor register a body inside it, not a municipality's or a Japanese one's", () => {
    const cityEditor: Actor = {
      kind: "user",
      id: "u-c",
      role: "editor",
      scope: { localities: ["TH-50-chiang-mai-city"], organisations: [] },
    };
    const toyamaEditor: Actor = { kind: "user", id: "u-t", role: "editor", scope: toyama };
    const register = (province: string): Action => ({ type: "locality.register", province });
    expect(outcome(cityEditor, register("TH-50"))).toBe("scope");
    expect(outcome(toyamaEditor, register("JP-16"))).toBe("scope");
    expect(outcome(toyamaEditor, register("TH-50"))).toBe("scope");
  });

  it("keeps an admin from changing their own role or disabling themselves", () => {
    expect(outcome(admin, { type: "user.update", targetId: "u-admin" })).toBe("self");
  });

  it("keeps the MOI, MFA, Minister and Council of State steps for facilitators", () => {
    const parties = { thai: "TH-50", japanese: "JP-16" };
    for (const act of [
      "consult-mfa",
      "mfa-concur",
      "minister-approve",
      "council-opinion",
      "return",
      "reject",
    ] as const) {
      expect(outcome(editor, { type: "proposal.act", act, parties, initiatingSide: "TH" }), act).toBe("role");
      expect(outcome(facilitator, { type: "proposal.act", act, parties, initiatingSide: "TH" }), act).toBe(true);
    }
  });

  it("lets the Thai party submit a Thai-initiated proposal and the Japanese party a foreign-initiated one", () => {
    const toyamaEditor: Actor = { kind: "user", id: "u-t", role: "editor", scope: toyama };
    const parties = { thai: "TH-50", japanese: "JP-16" };
    const submit = (initiatingSide: "TH" | "JP"): Action => ({
      type: "proposal.act",
      act: "submit",
      parties,
      initiatingSide,
    });
    expect([outcome(editor, submit("TH")), outcome(toyamaEditor, submit("TH"))]).toEqual([true, "scope"]);
    expect([outcome(editor, submit("JP")), outcome(toyamaEditor, submit("JP"))]).toEqual(["scope", true]);
    const approval: Action = { type: "proposal.act", act: "record-japanese-approval", parties, initiatingSide: "TH" };
    expect([outcome(editor, approval), outcome(toyamaEditor, approval)]).toEqual(["scope", true]);
  });

  it("lets a municipality's editor draft through its province, but only the province signs", () => {
    const cityEditor: Actor = {
      kind: "user",
      id: "u-c",
      role: "editor",
      scope: { localities: ["TH-50-chiang-mai-city"], organisations: [] },
    };
    const parties = { thai: "TH-50", japanese: "JP-16204", proposingBody: "TH-50-chiang-mai-city" };
    expect(outcome(cityEditor, { type: "proposal.edit", parties })).toBe(true);
    expect(outcome(cityEditor, { type: "proposal.act", act: "withdraw", parties, initiatingSide: "TH" })).toBe(true);
    expect(outcome(cityEditor, { type: "proposal.act", act: "submit", parties, initiatingSide: "TH" })).toBe("scope");
    expect(outcome(cityEditor, { type: "proposal.act", act: "sign", parties, initiatingSide: "TH" })).toBe("scope");
  });

  it("keeps the Permanent Secretary's decision on a trip for facilitators", () => {
    for (const act of ["approve", "reject", "return"] as const) {
      expect(outcome(editor, { type: "trip.act", act, thaiParties: ["TH-50"] }), act).toBe("role");
      expect(outcome(facilitator, { type: "trip.act", act, thaiParties: ["TH-50"] }), act).toBe(true);
    }
  });
});
