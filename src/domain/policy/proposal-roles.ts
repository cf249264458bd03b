import type { ProposalParties, Side } from "../proposals/proposal.ts";
import { speaksFor, type User } from "./actor.ts";

/** Everything that moves a proposal along, or records something at its current step. */
export const PROPOSAL_ACTS = [
  "submit",
  "consult-mfa",
  "agency-comment",
  "mfa-concur",
  "minister-approve",
  "council-opinion",
  "sign",
  "enter-into-force",
  "annual-report",
  "mfa-refer",
  "province-concur",
  "inform",
  "return",
  "resubmit",
  "reject",
  "withdraw",
  "record-japanese-approval",
] as const;
export type ProposalAct = (typeof PROPOSAL_ACTS)[number];

/**
 * Who acts: the Ministry of Interior's facilitators record the MOI, MFA, Minister and Council of
 * State steps; the Thai party (the province, which signs) submits, signs and reports; the Japanese
 * party records its council's approval; the initiating side sends the proposal in.
 */
export type ProposalActor = "facilitator" | "thai-party" | "japanese-party" | "any-party" | "initiator";

export const WHO_ACTS: Record<ProposalAct, ProposalActor> = {
  submit: "initiator",
  "consult-mfa": "facilitator",
  "agency-comment": "facilitator",
  "mfa-concur": "facilitator",
  "minister-approve": "facilitator",
  "council-opinion": "facilitator",
  sign: "thai-party",
  "enter-into-force": "thai-party",
  "annual-report": "thai-party",
  "mfa-refer": "facilitator",
  "province-concur": "thai-party",
  inform: "facilitator",
  return: "facilitator",
  resubmit: "any-party",
  reject: "facilitator",
  withdraw: "any-party",
  "record-japanese-approval": "japanese-party",
};

/** What an actor is to one proposal: a facilitator (acting for every locality) and the sides they speak for. */
export type ProposalStanding = {
  isFacilitator: boolean;
  /** Speaks for the Thai party that signs (the province, Bangkok or Pattaya). */
  isThai: boolean;
  isJapanese: boolean;
  /** Speaks for the body below the province that proposes through it. */
  isProposingBody: boolean;
};

export const proposalStanding = (user: User, parties: ProposalParties): ProposalStanding => ({
  isFacilitator: user.role === "facilitator" || user.role === "admin",
  isThai: speaksFor(user.scope, parties.thai),
  isJapanese: speaksFor(user.scope, parties.japanese),
  isProposingBody: parties.proposingBody !== undefined && speaksFor(user.scope, parties.proposingBody),
});

/** Facilitators may do all an editor may, for any locality; editors only for their own side. */
export const standingAllows = (standing: ProposalStanding, who: ProposalActor, initiatingSide: Side): boolean => {
  if (standing.isFacilitator) return true;
  switch (who) {
    case "facilitator":
      return false;
    case "thai-party":
      return standing.isThai;
    case "japanese-party":
      return standing.isJapanese;
    case "initiator":
      return initiatingSide === "TH" ? standing.isThai : standing.isJapanese;
    case "any-party":
      return standing.isThai || standing.isJapanese || standing.isProposingBody;
  }
};

/** The refusal for someone who may not act: the wrong role for facilitators' steps, else the wrong scope. */
export const proposalActRefusal = (
  standing: ProposalStanding,
  act: ProposalAct,
  initiatingSide: Side,
): "role" | "scope" | null =>
  standingAllows(standing, WHO_ACTS[act], initiatingSide) ? null : WHO_ACTS[act] === "facilitator" ? "role" : "scope";

/** Official trips abroad under a relation need the MOI Permanent Secretary's approval (report 5891–5893). */
export const TRIP_ACTS = ["submit", "approve", "reject", "return", "resubmit", "withdraw"] as const;
export type TripAct = (typeof TRIP_ACTS)[number];

/** The Thai party that travels asks; a facilitator records the Permanent Secretary's decision. */
export const TRIP_WHO_ACTS: Record<TripAct, "facilitator" | "thai-party"> = {
  submit: "thai-party",
  resubmit: "thai-party",
  withdraw: "thai-party",
  approve: "facilitator",
  reject: "facilitator",
  return: "facilitator",
};
