import type { Actor } from "../../domain/policy/actor.ts";
import { type ProposalContent, partiesOf } from "../../domain/proposals/proposal.ts";
import { reviseContent } from "../../domain/proposals/workflow.ts";
import { authorize } from "../authorize.ts";
import { InvalidInput, WorkflowRefused } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { assertContentRefs } from "./create.service.ts";
import { loadProposal } from "./load.ts";

/**
 * New content for a draft or a returned proposal. The editor must speak for a party both before
 * and after the change, so nobody moves a proposal out of their own reach, or into another's.
 */
export const updateProposal = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  content: ProposalContent,
  reason?: string | undefined,
) => {
  const current = await loadProposal(deps.repos, id);
  authorize(actor, { type: "proposal.edit", parties: partiesOf(current.content) });
  authorize(actor, { type: "proposal.edit", parties: partiesOf(content) });
  await assertContentRefs(deps.repos, content);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const before = await loadProposal(tx, id, true);
    const result = reviseContent(before, content, at.toISOString());
    if (!result.ok) {
      if (result.refusal === "side-fixed") throw new InvalidInput([{ field: "initiatingSide", key: "v.side-fixed" }]);
      throw new WorkflowRefused(
        "wrong_step",
        "error.proposal.not-editable",
        {},
        {
          step: `proposal.step.${before.state.step}`,
        },
      );
    }
    await tx.proposals.save(result.proposal);
    return {
      value: result.proposal,
      audit: {
        action: "proposal.update",
        recordKind: "proposal",
        recordId: id,
        before,
        after: result.proposal,
        reason,
      },
    };
  });
};
