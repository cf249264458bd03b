import type { Action } from "../../domain/policy/policy.ts";
import { partiesOf } from "../../domain/proposals/proposal.ts";
import type { Proposal } from "../../domain/proposals/workflow.ts";
import type { Repositories } from "../../store/repositories.ts";
import { NotFound } from "../errors.ts";

export const loadProposal = async (
  repos: Pick<Repositories, "proposals">,
  id: string,
  forUpdate = false,
): Promise<Proposal> => {
  const proposal = await repos.proposals.get(id, { forUpdate });
  if (!proposal) throw new NotFound("proposal", id);
  return proposal;
};

/** The policy question "may this person read this proposal?" */
export const readAction = (proposal: Proposal): Action => ({
  type: "proposal.read",
  parties: partiesOf(proposal.content),
  createdBy: proposal.createdBy,
});
