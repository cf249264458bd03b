import type { User } from "../../domain/policy/actor.ts";
import { proposalStanding, standingAllows, WHO_ACTS } from "../../domain/policy/proposal-roles.ts";
import { partiesOf } from "../../domain/proposals/proposal.ts";
import { awaitedAct, type Proposal, pathOf } from "../../domain/proposals/workflow.ts";
import type { Repositories } from "../../store/repositories.ts";
import { enqueueNotice } from "../notifications/outbox.ts";

/**
 * "A proposal step awaits your action": queued, in the act's transaction, for everyone who takes
 * the step the proposal now waits for — facilitators for MOI's steps, the party's editors for theirs.
 */
export const noticeAwaiting = async (
  tx: Pick<Repositories, "users" | "notices" | "preferences">,
  proposal: Proposal,
  actorId: string,
  at: Date,
): Promise<void> => {
  const act = awaitedAct(pathOf(proposal.content), proposal.state);
  if (!act) return;
  const who = WHO_ACTS[act];
  const parties = partiesOf(proposal.content);
  const recipients = (await tx.users.list()).filter((row) => {
    if (row.status !== "active" || row.id === actorId) return false;
    if (who === "facilitator") return row.role === "facilitator";
    if (row.role !== "editor") return false;
    const user: User = { kind: "user", id: row.id, role: row.role, scope: row.scope };
    return standingAllows(proposalStanding(user, parties), who, proposal.content.initiatingSide);
  });
  for (const recipient of recipients) {
    await enqueueNotice(
      tx,
      {
        userId: recipient.id,
        kind: "proposal-step",
        dedupeKey: `proposal-step:${proposal.id}:${proposal.events.length}:${recipient.id}`,
        payload: {
          proposalId: proposal.id,
          step: proposal.state.step,
          act,
          thaiParty: parties.thai,
          japaneseParty: parties.japanese,
        },
      },
      at,
    );
  }
};
