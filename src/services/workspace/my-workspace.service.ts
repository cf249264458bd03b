import type { Actor } from "../../domain/policy/actor.ts";
import { profileCompleteness } from "../../domain/rules/completeness.ts";
import { authorize } from "../authorize.ts";
import { listSubmissions } from "../review/decisions.service.ts";
import type { WorkspaceDeps } from "./context.ts";

/** "My locality": each locality I speak for, how complete it is, what waits, what is suggested. */
export const myWorkspace = async (deps: WorkspaceDeps, actor: Actor) => {
  const user = authorize(actor, { type: "workspace.enter" });
  const open = await listSubmissions(deps, actor, { status: ["pending", "changes-requested"] });
  const localities = [];
  for (const id of user.scope.localities) {
    const locality = await deps.repos.localities.get(id);
    if (!locality) continue;
    const needsOffers = await deps.repos.needsOffers.list({ party: id });
    localities.push({
      id,
      names: locality.names,
      tier: locality.tier,
      completeness: profileCompleteness(locality, needsOffers),
      contacts: locality.contacts ?? null,
      awaitingReview: open.filter((submission) => submission.parties.includes(id)).length,
      recommendations: await deps.repos.recommendations.forParty(id),
    });
  }
  return {
    localities,
    organisations: user.scope.organisations,
    mine: open.filter((submission) => submission.submittedBy === user.id),
    awaitingMe: open.filter(
      (submission) =>
        submission.submittedBy !== user.id &&
        (submission.kind === "relation-claim" || submission.kind === "relation-correction"),
    ),
  };
};
