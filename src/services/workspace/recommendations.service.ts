import type { Actor } from "../../domain/policy/actor.ts";
import type { UserText } from "../../domain/text.ts";
import { authorize } from "../authorize.ts";
import { assertIssuesExist } from "../editing/issue-check.ts";
import { NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "./context.ts";

/** A facilitator points two localities at each other; both see it on their "My locality" page. */
export const recommendPair = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  input: { from: string; to: string; issues: string[]; note?: UserText | undefined },
) => {
  const user = authorize(actor, { type: "pair.recommend" });
  for (const id of [input.from, input.to])
    if (!(await deps.repos.localities.get(id))) throw new NotFound("locality", id);
  await assertIssuesExist(deps.repos, input.issues);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const recommendation = {
      id: deps.newId(),
      from: input.from,
      to: input.to,
      issues: input.issues,
      ...(input.note ? { note: input.note } : {}),
      createdBy: user.id,
      createdAt: at.toISOString(),
    };
    await tx.recommendations.insert(recommendation);
    return {
      value: recommendation,
      audit: {
        action: "recommendation.create",
        recordKind: "recommendation",
        recordId: recommendation.id,
        before: null,
        after: recommendation,
      },
    };
  });
};
