import type { User } from "../../domain/policy/actor.ts";
import { proposalStanding } from "../../domain/policy/proposal-roles.ts";
import { isReportedBy } from "../../domain/proposals/annual-report-step.ts";
import { partiesOf } from "../../domain/proposals/proposal.ts";
import { applyProposalAct } from "../../domain/proposals/workflow.ts";
import type { Repositories } from "../../store/repositories.ts";

/**
 * The Thai party's annual report, submitted to MOI, is the yearly report of each of its proposals
 * in force: their annual-report step is recorded with it, in the submission's transaction (its one
 * audit entry names them). Returns the proposals so reported.
 */
export const reportOnProposals = async (
  tx: Pick<Repositories, "proposals">,
  user: User,
  report: { id: string; localityId: string; year: number },
  at: Date,
): Promise<string[]> => {
  const inForce = await tx.proposals.list({ steps: ["in-force"], party: report.localityId });
  const reported: string[] = [];
  for (const proposal of inForce.filter((candidate) => isReportedBy(candidate, report))) {
    const result = applyProposalAct(
      proposal,
      proposalStanding(user, partiesOf(proposal.content)),
      { act: "annual-report", report: { id: report.id, year: report.year } },
      { at: at.toISOString(), by: user.id },
    );
    // Someone who may submit the province's report but not act for the proposal leaves it as it was.
    if (!result.ok) continue;
    await tx.proposals.save(result.proposal);
    reported.push(proposal.id);
  }
  return reported;
};
