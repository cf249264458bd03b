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

  it("keeps an admin from changing their own role or disabling themselves", () => {
    expect(outcome(admin, { type: "user.update", targetId: "u-admin" })).toBe("self");
  });
});
