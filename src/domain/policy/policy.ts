import { type ProposalParties, partyList, type Side } from "../proposals/proposal.ts";
import { type Actor, type Role, type Scope, speaksFor, type User } from "./actor.ts";
import {
  type ProposalAct,
  proposalActRefusal,
  proposalStanding,
  TRIP_WHO_ACTS,
  type TripAct,
} from "./proposal-roles.ts";

/**
 * Everything a request may ask to do, with the facts about the record that the decision needs.
 * Routes, the CLI and the web ask `decide` and nothing else decides.
 */
export type Action =
  /** The profile of a locality: strengths, challenges, industries, contacts. */
  | { type: "locality.edit"; locality: string }
  /** A need or an offer of a locality or organisation. */
  | { type: "needOffer.write"; party: string }
  /** A new relation the actor's locality is party to; held until the other party or a facilitator confirms. */
  | { type: "relation.propose"; parties: readonly string[] }
  /** A correction to a relation the actor's locality is party to; held like a proposal. */
  | { type: "relation.correct"; parties: readonly string[] }
  /** Read one submission (claim, correction, self-report) and its outcome. */
  | { type: "submission.read"; submittedBy: string; parties: readonly string[] }
  /** The submitter takes a held submission back, or sends it again after changes were asked. */
  | { type: "submission.amend"; submittedBy: string }
  /** The other party's editor confirms or declines a claim that involves their locality. */
  | { type: "submission.confirm"; submittedBy: string; submitterScope: Scope; parties: readonly string[] }
  | { type: "review.queue" }
  | { type: "review.decide" }
  | { type: "pair.recommend" }
  | { type: "user.invite"; role: Role }
  | { type: "user.list" }
  | { type: "user.update"; targetId: string }
  | { type: "user.reset-link" }
  | { type: "data.import" }
  | { type: "audit.read" }
  | { type: "audit.revert" }
  /** The signed-in workspace: "My locality", my submissions, my account. */
  | { type: "workspace.enter" }
  /** Start a cooperation proposal for a pair the actor's locality is party to. */
  | { type: "proposal.create"; parties: ProposalParties }
  /** Proposals are not published: the parties' editors, their author and facilitators read them. */
  | { type: "proposal.read"; parties: ProposalParties; createdBy: string }
  /** Change what a draft or returned proposal says, or attach a document to it. */
  | { type: "proposal.edit"; parties: ProposalParties }
  /** Move a proposal along its approval process, or record something at its step (proposal-roles.ts). */
  | { type: "proposal.act"; act: ProposalAct; parties: ProposalParties; initiatingSide: Side }
  /** MOI's view of every proposal, with exports. */
  | { type: "proposal.dashboard" }
  /** Ask for approval of an official trip abroad under a relation the actor's province is party to. */
  | { type: "trip.create"; thaiParties: readonly string[] }
  | { type: "trip.read"; parties: readonly string[]; createdBy: string }
  | { type: "trip.act"; act: TripAct; thaiParties: readonly string[] }
  /** Log, change or remove an activity of a relation the actor's locality is party to. */
  | { type: "activity.write"; parties: readonly string[] }
  /** Set a relation's objectives, indicators and targets. */
  | { type: "relation.plan"; parties: readonly string[] }
  /** A party's editor confirms that the relation's record is current (facilitators cannot speak for a party). */
  | { type: "relation.confirm"; parties: readonly string[] }
  /** Facilitators watch for relations going dormant. */
  | { type: "relation.watch" }
  /** Read a locality's handover page. */
  | { type: "locality.dossier"; locality: string }
  /** Hand a locality over to a successor: an officer hands over their own post, a facilitator anyone's. */
  | { type: "locality.handover"; locality: string; outgoingUserId: string }
  /** Generate, edit and submit a locality's annual report. */
  | { type: "report.write"; locality: string }
  /** Read, mark and configure one's own notices. */
  | { type: "notice.own"; userId: string }
  /** Register a Thai local government under its province (issue 12). */
  | { type: "locality.register"; province: string };

export type ActionType = Action["type"];

/** Why a request was refused: the HTTP layer answers 401 for the first, 403 for the rest. */
export type Refusal = "sign-in-required" | "role" | "scope" | "own-submission" | "self";

export type Decision = { isAllowed: true } | { isAllowed: false; reason: Refusal };

const ALLOW: Decision = { isAllowed: true };
const refuse = (reason: Refusal): Decision => ({ isAllowed: false, reason });
const when = (condition: boolean, reason: Refusal): Decision => (condition ? ALLOW : refuse(reason));

/** Facilitators act for every locality; admins, as operators, may do all a facilitator may. */
const isFacilitator = (user: User): boolean => user.role === "facilitator" || user.role === "admin";

const isThaiProvince = (id: string): boolean => /^TH-\d{2}$/.test(id);

const forAny = (user: User, parties: readonly string[]): boolean =>
  isFacilitator(user) || parties.some((party) => speaksFor(user.scope, party));

const decideForUser = (user: User, action: Action): Decision => {
  switch (action.type) {
    case "workspace.enter":
      return ALLOW;
    case "locality.edit":
      return when(forAny(user, [action.locality]), "scope");
    case "needOffer.write":
      return when(forAny(user, [action.party]), "scope");
    case "relation.propose":
    case "relation.correct":
      return when(forAny(user, action.parties), "scope");
    case "submission.read":
      return when(action.submittedBy === user.id || forAny(user, action.parties), "scope");
    case "submission.amend":
      return when(action.submittedBy === user.id, "scope");
    case "submission.confirm": {
      if (action.submittedBy === user.id) return refuse("own-submission");
      // The confirming editor must speak for a party the submitter does not: the other side.
      const otherSide = action.parties.filter((party) => !speaksFor(action.submitterScope, party));
      return when(
        otherSide.some((party) => speaksFor(user.scope, party)),
        "scope",
      );
    }
    case "review.queue":
    case "review.decide":
    case "pair.recommend":
    case "audit.read":
    case "audit.revert":
      return when(isFacilitator(user), "role");
    case "user.invite":
      // A facilitator brings in the editors of localities; only an admin creates facilitators and admins.
      return when(user.role === "admin" || (user.role === "facilitator" && action.role === "editor"), "role");
    case "user.update":
      if (user.role !== "admin") return refuse("role");
      return when(action.targetId !== user.id, "self");
    case "user.list":
    case "user.reset-link":
    case "data.import":
      return when(user.role === "admin", "role");
    case "proposal.create":
    case "proposal.edit":
      return when(forAny(user, partyList(action.parties)), "scope");
    case "proposal.read":
      return when(action.createdBy === user.id || forAny(user, partyList(action.parties)), "scope");
    case "proposal.act": {
      const refusal = proposalActRefusal(proposalStanding(user, action.parties), action.act, action.initiatingSide);
      return refusal ? refuse(refusal) : ALLOW;
    }
    case "proposal.dashboard":
      return when(isFacilitator(user), "role");
    case "trip.create":
      return when(forAny(user, action.thaiParties), "scope");
    case "trip.read":
      return when(action.createdBy === user.id || forAny(user, action.parties), "scope");
    case "trip.act":
      if (TRIP_WHO_ACTS[action.act] === "facilitator") return when(isFacilitator(user), "role");
      return when(forAny(user, action.thaiParties), "scope");
    case "activity.write":
    case "relation.plan":
      return when(forAny(user, action.parties), "scope");
    case "relation.confirm":
      return when(
        action.parties.some((party) => speaksFor(user.scope, party)),
        "scope",
      );
    case "relation.watch":
      return when(isFacilitator(user), "role");
    case "locality.dossier":
    case "report.write":
      return when(forAny(user, [action.locality]), "scope");
    case "locality.handover":
      if (isFacilitator(user)) return ALLOW;
      return when(speaksFor(user.scope, action.locality) && action.outgoingUserId === user.id, "scope");
    case "notice.own":
      return when(action.userId === user.id, "scope");
    case "locality.register":
      // A province's officer brings in the local governments inside it; a municipality's does not.
      return when(
        isFacilitator(user) || (isThaiProvince(action.province) && speaksFor(user.scope, action.province)),
        "scope",
      );
  }
};

/** May this actor do this? Pure: the same actor and action always get the same answer. */
export const decide = (actor: Actor, action: Action): Decision =>
  actor.kind === "visitor" ? refuse("sign-in-required") : decideForUser(actor, action);

export const isAllowed = (actor: Actor, action: Action): boolean => decide(actor, action).isAllowed;
