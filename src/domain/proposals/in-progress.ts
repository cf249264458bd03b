import type { ProposalAct } from "../policy/proposal-roles.ts";
import { WHO_ACTS } from "../policy/proposal-roles.ts";
import { STEPS, type Step } from "./steps.ts";
import { awaitedAct, type Proposal, pathOf } from "./workflow.ts";

/** Steps of a proposal still on its way: not closed (withdrawn, rejected) and not yet in force. */
export const IN_PROGRESS_STEPS: readonly Step[] = STEPS.filter(
  (step) => step !== "withdrawn" && step !== "rejected" && step !== "in-force",
);

/** Whose turn it is: MOI (a facilitator records it), one of the parties, or either of them. */
export type AwaitedFrom = "moi" | "thai-party" | "japanese-party" | "either-party";

/** The act a proposal waits for and who takes it, for a handover or a dashboard. Null once closed. */
export const awaitedFrom = (proposal: Proposal): { act: ProposalAct; from: AwaitedFrom } | null => {
  const act = awaitedAct(pathOf(proposal.content), proposal.state);
  if (!act) return null;
  const who = WHO_ACTS[act];
  switch (who) {
    case "facilitator":
      return { act, from: "moi" };
    case "initiator":
      return { act, from: proposal.content.initiatingSide === "TH" ? "thai-party" : "japanese-party" };
    case "any-party":
      return { act, from: "either-party" };
    default:
      return { act, from: who };
  }
};
