import type { Actor } from "../../domain/policy/actor.ts";
import { isAllowed } from "../../domain/policy/policy.ts";
import type { Step } from "../../domain/proposals/steps.ts";
import type { Proposal } from "../../domain/proposals/workflow.ts";
import { authorize, requireUser } from "../authorize.ts";
import type { WorkspaceDeps } from "../workspace/context.ts";
import { loadProposal, readAction } from "./load.ts";

export const getProposal = async (deps: WorkspaceDeps, actor: Actor, id: string): Promise<Proposal> => {
  const proposal = await loadProposal(deps.repos, id);
  authorize(actor, readAction(proposal));
  return proposal;
};

/** Facilitators see every proposal; an editor those naming their localities and their own. */
export const listProposals = async (
  deps: WorkspaceDeps,
  actor: Actor,
  filter: { steps?: readonly Step[] | undefined },
): Promise<Proposal[]> => {
  const user = requireUser(actor);
  if (isAllowed(actor, { type: "proposal.dashboard" })) return deps.repos.proposals.list({ steps: filter.steps });
  return deps.repos.proposals.list({
    steps: filter.steps,
    visibleTo: { parties: [...user.scope.localities, ...user.scope.organisations], userId: user.id },
  });
};
