import { type ProposalAct, type ProposalStanding, proposalActRefusal } from "../policy/proposal-roles.ts";
import type { EvaluationSnapshot, ProposalContent } from "./proposal.ts";
import { isClosed, isEditable, isReviewStep, PATH_STEPS, type Path, type ProposalState, type Step } from "./steps.ts";

/** The Thai agencies MOI writes to; any of them may comment (report 5816–5820). */
export const AGENCIES = ["mfa", "nia", "nsc", "nesdb"] as const;
export type Agency = (typeof AGENCIES)[number];

/** One step taken: who, when, what was decided, with comments and documents. */
export type ProposalEvent = {
  at: string;
  by: string;
  act: ProposalAct;
  from: Step;
  to: Step;
  comment?: string;
  /** The day it happened in the world (a signing, a council's approval), when it is not `at`. */
  on?: string;
  agency?: Agency;
  documents?: string[];
  /** What the readiness check said when it was sent in. */
  readiness?: ReadinessSummary;
  /** The Thai party's annual report (continuity) that reported this year: the annual-report act's content. */
  report?: ReportRef;
};

/** A submitted annual report of the Thai party, which an in-force proposal's yearly step points to. */
export type ReportRef = { id: string; year: number };

export type ReadinessSummary = { blockers: string[]; warnings: string[] };

export type Proposal = {
  id: string;
  state: ProposalState;
  /** When the proposal entered its current step (or last reported, once in force). */
  stepSince: string;
  content: ProposalContent;
  evaluation?: EvaluationSnapshot | undefined;
  japaneseApproval?: { on: string; at: string; by: string; comment?: string } | undefined;
  /** The relation the signing wrote to the registry. */
  relationId?: string | undefined;
  events: ProposalEvent[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

export type ActInput = {
  act: ProposalAct;
  comment?: string | undefined;
  on?: string | undefined;
  agency?: Agency | undefined;
  documents?: string[] | undefined;
  report?: ReportRef | undefined;
};

export type ProposalRefusal =
  | "role"
  | "scope"
  | "wrong-step"
  | "comment-required"
  | "date-required"
  | "date-in-future"
  | "agency-required"
  | "legal-blocker"
  | "already-recorded";

export type ActResult =
  | { ok: true; proposal: Proposal; event: ProposalEvent }
  | { ok: false; refusal: ProposalRefusal };

export const pathOf = (content: Pick<ProposalContent, "initiatingSide">): Path =>
  content.initiatingSide === "TH" ? "thai-initiated" : "foreign-initiated";

/** The steps forward, per path: [from, act, to]. */
const FORWARD: Record<Path, ReadonlyArray<readonly [Step, ProposalAct, Step]>> = {
  "thai-initiated": [
    ["draft", "submit", "moi-review"],
    ["moi-review", "consult-mfa", "mfa-consultation"],
    ["mfa-consultation", "mfa-concur", "minister-review"],
    ["minister-review", "minister-approve", "council-of-state"],
    ["council-of-state", "council-opinion", "ready-to-sign"],
    ["ready-to-sign", "sign", "signed"],
    ["signed", "enter-into-force", "in-force"],
  ],
  "foreign-initiated": [
    ["draft", "submit", "mfa-referral"],
    ["mfa-referral", "mfa-refer", "province-consultation"],
    ["province-consultation", "province-concur", "minister-review"],
    ["minister-review", "minister-approve", "informing"],
    ["informing", "inform", "council-of-state"],
    ["council-of-state", "council-opinion", "ready-to-sign"],
    ["ready-to-sign", "sign", "signed"],
    ["signed", "enter-into-force", "in-force"],
  ],
};

const onPath = (path: Path, step: Step): boolean => PATH_STEPS[path].includes(step);

/** Where the act leads from here, or undefined when it cannot be taken at this step. */
export const destination = (path: Path, state: ProposalState, act: ProposalAct): Step | undefined => {
  const step = state.step;
  const forward = FORWARD[path].find(([from, name]) => from === step && name === act);
  if (forward) return forward[2];
  switch (act) {
    case "agency-comment":
      return step === "mfa-consultation" ? step : undefined;
    case "annual-report":
      return step === "in-force" ? step : undefined;
    case "record-japanese-approval":
      return isClosed(step) ? undefined : step;
    case "return":
      return isReviewStep(step) && onPath(path, step) ? "returned" : undefined;
    case "reject":
      return isReviewStep(step) && onPath(path, step) ? "rejected" : undefined;
    case "resubmit":
      return state.step === "returned" ? state.from : undefined;
    case "withdraw":
      return isEditable(step) || isReviewStep(step) || step === "ready-to-sign" ? "withdrawn" : undefined;
    default:
      return undefined;
  }
};

/** The acts open at this step, whoever may take them. */
export const openActs = (path: Path, state: ProposalState, acts: readonly ProposalAct[]): ProposalAct[] =>
  acts.filter((act) => destination(path, state, act) !== undefined);

const needsComment = (act: ProposalAct) =>
  act === "return" || act === "reject" || act === "agency-comment" || act === "annual-report";
const needsDate = (act: ProposalAct) =>
  act === "sign" || act === "enter-into-force" || act === "record-japanese-approval";

const stateFor = (to: Step, from: ProposalState, input: ActInput, comment: string | undefined): ProposalState => {
  switch (to) {
    case "returned":
      return {
        step: "returned",
        from: from.step as Extract<ProposalState, { step: "returned" }>["from"],
        comment: comment ?? "",
      };
    case "rejected":
      return { step: "rejected", reason: comment ?? "" };
    case "withdrawn":
      return { step: "withdrawn", ...(comment ? { reason: comment } : {}) };
    case "signed":
      return { step: "signed", signedOn: input.on ?? "" };
    case "in-force":
      if (from.step === "in-force") return { ...from, reports: from.reports + 1 };
      return { step: "in-force", since: input.on ?? "", reports: 0 };
    default:
      return from.step === to ? from : ({ step: to } as ProposalState);
  }
};

/**
 * What is recorded has happened: a signing or an approval is not dated after the day it is recorded.
 * "Today" is the date somewhere on Earth at that moment (UTC+14 is the furthest ahead), so that a
 * signing recorded early in the morning in Bangkok (UTC+7) or Tokyo (UTC+9) keeps its own date.
 */
const latestToday = (at: string): string => new Date(Date.parse(at) + 14 * 3_600_000).toISOString().slice(0, 10);

/**
 * One act on a proposal. Pure: the proposal, the actor's standing, the act and the time come in; a
 * new proposal (with the event that records the act) or a refusal with its reason goes out. Who may
 * act is the policy's answer (proposal-roles.ts); then the step; then what the act must carry.
 */
export const applyProposalAct = (
  proposal: Proposal,
  standing: ProposalStanding,
  input: ActInput,
  context: { at: string; by: string; readiness?: ReadinessSummary | undefined },
): ActResult => {
  const refusal = proposalActRefusal(standing, input.act, proposal.content.initiatingSide);
  if (refusal) return { ok: false, refusal };
  const path = pathOf(proposal.content);
  const to = destination(path, proposal.state, input.act);
  if (to === undefined) return { ok: false, refusal: "wrong-step" };
  const comment = input.comment?.trim() || undefined;
  // The annual report is its own record: pointing to it says more than any comment.
  if (needsComment(input.act) && !comment && !(input.act === "annual-report" && input.report))
    return { ok: false, refusal: "comment-required" };
  if (needsDate(input.act) && !input.on) return { ok: false, refusal: "date-required" };
  if (input.on && input.on > latestToday(context.at)) return { ok: false, refusal: "date-in-future" };
  if (input.act === "agency-comment" && !input.agency) return { ok: false, refusal: "agency-required" };
  if (input.act === "record-japanese-approval" && proposal.japaneseApproval)
    return { ok: false, refusal: "already-recorded" };
  const isSending = input.act === "submit" || input.act === "resubmit";
  if (isSending) {
    const readiness = context.readiness ?? { blockers: ["readiness-not-checked"], warnings: [] };
    if (readiness.blockers.length > 0) return { ok: false, refusal: "legal-blocker" };
    // Warnings may be passed, but not in silence: the comment says why (it goes to MOI with the proposal).
    if (readiness.warnings.length > 0 && !comment) return { ok: false, refusal: "comment-required" };
  }
  const event: ProposalEvent = {
    at: context.at,
    by: context.by,
    act: input.act,
    from: proposal.state.step,
    to,
    ...(comment ? { comment } : {}),
    ...(input.on ? { on: input.on } : {}),
    ...(input.agency ? { agency: input.agency } : {}),
    ...(input.documents?.length ? { documents: input.documents } : {}),
    ...(isSending && context.readiness ? { readiness: context.readiness } : {}),
    ...(input.act === "annual-report" && input.report ? { report: input.report } : {}),
  };
  const state = stateFor(to, proposal.state, input, comment);
  const restartsClock = to !== proposal.state.step || input.act === "annual-report";
  return {
    ok: true,
    event,
    proposal: {
      ...proposal,
      state,
      stepSince: restartsClock ? context.at : proposal.stepSince,
      events: [...proposal.events, event],
      updatedAt: context.at,
      ...(input.act === "record-japanese-approval"
        ? {
            japaneseApproval: {
              on: input.on ?? "",
              at: context.at,
              by: context.by,
              ...(comment ? { comment } : {}),
            },
          }
        : {}),
    },
  };
};

export type ReviseRefusal = "wrong-step" | "side-fixed";

/**
 * New content for a draft, or for a proposal returned for revision. Once sent in, the initiating
 * side (and so the path) is fixed: a returned proposal goes back where it came from.
 */
export const reviseContent = (
  proposal: Proposal,
  content: ProposalContent,
  at: string,
): { ok: true; proposal: Proposal } | { ok: false; refusal: ReviseRefusal } => {
  if (!isEditable(proposal.state.step)) return { ok: false, refusal: "wrong-step" };
  if (proposal.state.step === "returned" && content.initiatingSide !== proposal.content.initiatingSide)
    return { ok: false, refusal: "side-fixed" };
  return { ok: true, proposal: { ...proposal, content, updatedAt: at } };
};

/** The act the proposal waits for at its step: the one that moves it on (nothing once closed). */
export const awaitedAct = (path: Path, state: ProposalState): ProposalAct | undefined => {
  if (state.step === "returned") return "resubmit";
  if (state.step === "in-force") return "annual-report";
  return FORWARD[path].find(([from]) => from === state.step)?.[1];
};
