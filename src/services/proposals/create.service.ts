import type { Catalog } from "../../catalog/catalog.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import {
  type EvaluationSnapshot,
  type ProposalContent,
  ProposalContentSchema,
  partiesOf,
} from "../../domain/proposals/proposal.ts";
import type { Proposal } from "../../domain/proposals/workflow.ts";
import { evaluatePair } from "../../matching/modes.ts";
import type { Repositories } from "../../store/repositories.ts";
import { authorize, requireUser } from "../authorize.ts";
import { assertIssuesExist } from "../editing/issue-check.ts";
import { NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { draftFromEvaluation } from "./prefill.ts";

/** Every locality the proposal names exists, and every issue is in the taxonomy. */
export const assertContentRefs = async (
  repos: Pick<Repositories, "localities" | "taxonomy">,
  content: ProposalContent,
) => {
  for (const id of [content.thaiParty, content.japaneseParty, content.proposingBody]) {
    if (id && !(await repos.localities.get(id))) throw new NotFound("locality", id);
  }
  await assertIssuesExist(repos, content.issues);
};

/** A new draft: editable by the parties' editors until it is sent in. */
export const createProposal = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  content: ProposalContent,
  evaluation?: EvaluationSnapshot,
): Promise<Proposal> => {
  const user = authorize(actor, { type: "proposal.create", parties: partiesOf(content) });
  await assertContentRefs(deps.repos, content);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const now = at.toISOString();
    const proposal: Proposal = {
      id: deps.newId(),
      state: { step: "draft" },
      stepSince: now,
      content,
      ...(evaluation ? { evaluation } : {}),
      events: [],
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    };
    await tx.proposals.insert(proposal);
    return {
      value: proposal,
      audit: {
        action: "proposal.create",
        recordKind: "proposal",
        recordId: proposal.id,
        before: null,
        after: proposal,
      },
    };
  });
};

/** "Propose this partnership": a draft prefilled from the pair's evaluation; everything stays editable. */
export const createFromPair = async (
  deps: WorkspaceDeps,
  catalog: Catalog,
  actor: Actor,
  meta: RequestMeta,
  pair: { a: string; b: string; issue?: string | undefined },
): Promise<Proposal> => {
  requireUser(actor);
  const evaluation = evaluatePair(catalog, pair.a, pair.b, pair.issue ? { issue: pair.issue } : {});
  const thaiId = evaluation.a.startsWith("TH-") ? evaluation.a : evaluation.b;
  const thai = catalog.localities.get(thaiId);
  if (!thai) throw new NotFound("locality", thaiId);
  const draft = draftFromEvaluation(evaluation, thai, deps.now());
  return createProposal(deps, actor, meta, ProposalContentSchema.parse(draft.content), draft.evaluation);
};
