import { BE_OFFSET } from "../../domain/era-year.ts";
import { withIds } from "../../domain/objectives.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import { proposalStanding } from "../../domain/policy/proposal-roles.ts";
import { nextReportYear } from "../../domain/proposals/annual-report-step.ts";
import { objectivesFromProposal } from "../../domain/proposals/plan-indicators.ts";
import { partiesOf } from "../../domain/proposals/proposal.ts";
import {
  type ActInput,
  applyProposalAct,
  type Proposal,
  type ProposalRefusal,
  type ReadinessSummary,
} from "../../domain/proposals/workflow.ts";
import { LANGS, type UserText } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { authorize } from "../authorize.ts";
import { InvalidInput, Refused, WorkflowRefused } from "../errors.ts";
import { type AuditDraft, type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { noticeAwaiting } from "./awaiting.ts";
import { loadProposal } from "./load.ts";
import { readinessFor } from "./readiness.service.ts";
import { relationFromProposal } from "./sign-relation.ts";

const planTitle = (): UserText =>
  Object.fromEntries(LANGS.map((lang) => [lang, t(lang, "linking.plan-objective")])) as UserText;

const refusalError = (refusal: ProposalRefusal, proposal: Proposal, input: ActInput, readiness?: ReadinessSummary) => {
  switch (refusal) {
    case "role":
    case "scope":
      return new Refused(refusal);
    case "wrong-step":
      return new WorkflowRefused(
        "wrong_step",
        "error.proposal.wrong-step",
        {},
        { step: `proposal.step.${proposal.state.step}`, act: `proposal.act.${input.act}` },
      );
    case "legal-blocker":
      return new WorkflowRefused("legal_blocker", "error.proposal.legal-blocker", {
        count: readiness?.blockers.length ?? 0,
      });
    case "already-recorded":
      return new WorkflowRefused("already_recorded", "error.proposal.already-recorded");
    case "comment-required":
      return new InvalidInput([
        readiness && readiness.warnings.length > 0 && (input.act === "submit" || input.act === "resubmit")
          ? { field: "comment", key: "v.proposal.comment-warnings", params: { count: readiness.warnings.length } }
          : { field: "comment", key: "v.reason-required" },
      ]);
    case "date-required":
      return new InvalidInput([{ field: "on", key: "v.date" }]);
    case "date-in-future":
      return new InvalidInput([{ field: "on", key: "v.proposal.date-future" }]);
    case "agency-required":
      return new InvalidInput([{ field: "agency", key: "v.proposal.agency" }]);
  }
};

/**
 * One act on a proposal, in one transaction with its audit entry and the notices to whoever the
 * next step waits for. Sending in runs the readiness check first; signing writes the relation to
 * the registry as active (the audit entry is then the relation's creation, as for approved claims).
 */
export const actOnProposal = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: ActInput,
): Promise<Proposal> => {
  const current = await loadProposal(deps.repos, id);
  const parties = partiesOf(current.content);
  const user = authorize(actor, {
    type: "proposal.act",
    act: input.act,
    parties,
    initiatingSide: current.content.initiatingSide,
  });
  // A proposal in force reports through its Thai party's annual report (continuity), submitted to
  // MOI once for all its relations; the submission records this step (report-step.ts).
  // Elsewhere the workflow refuses it as the wrong step.
  if (input.act === "annual-report" && current.state.step === "in-force") {
    const year = nextReportYear(current);
    throw new WorkflowRefused("report_through_annual_report", "error.proposal.report-through-annual-report", {
      year: year ?? "",
      // Thai readers count years in the Buddhist Era (issue 14, point 14).
      beYear: year == null ? "" : year + BE_OFFSET,
    });
  }
  if (input.documents?.length) {
    const own = new Set((await deps.repos.documents.forOwner("proposal", id)).map((document) => document.id));
    const unknown = input.documents.findIndex((documentId) => !own.has(documentId));
    if (unknown >= 0) throw new InvalidInput([{ field: `documents.${unknown}`, key: "v.proposal.document" }]);
  }
  const isSending = input.act === "submit" || input.act === "resubmit";
  return runChange(deps, meta, { changesData: input.act === "sign" }, async (tx, at) => {
    const before = await loadProposal(tx, id, true);
    const readiness = isSending ? await readinessFor(tx, before.content) : undefined;
    const summary = readiness && { blockers: readiness.blockers, warnings: readiness.warnings };
    const result = applyProposalAct(before, proposalStanding(user, partiesOf(before.content)), input, {
      at: at.toISOString(),
      by: user.id,
      readiness: summary,
    });
    if (!result.ok) throw refusalError(result.refusal, before, input, summary);
    let proposal = result.proposal;
    let audit: AuditDraft = {
      action: `proposal.${input.act}`,
      recordKind: "proposal",
      recordId: id,
      before,
      after: proposal,
      reason: result.event.comment,
    };
    if (input.act === "sign") {
      const relation = await relationFromProposal(tx, proposal, result.event.on ?? at.toISOString().slice(0, 10));
      await tx.records.saveAsUser("relation", relation, null);
      // The relation carries what the proposal set out to achieve, so its page shows progress and
      // the annual report sums it; edited there from now on (PUT /api/relations/:id/objectives).
      const objectives = withIds(objectivesFromProposal(proposal.content, planTitle()), () =>
        deps.newId().replace(/-/g, "").slice(0, 12),
      );
      if (objectives.length > 0) await tx.objectives.save(relation.id, objectives, user.id, at);
      proposal = { ...proposal, relationId: relation.id };
      audit = {
        action: "relation.create",
        recordKind: "relation",
        recordId: relation.id,
        before: null,
        after: relation,
        reason: `proposal ${id} signed${objectives.length > 0 ? `; its objectives and first-year plan carried to the relation (${objectives.length} objectives)` : ""}`,
      };
    }
    await tx.proposals.save(proposal);
    await noticeAwaiting(tx, proposal, user.id, at);
    return { value: proposal, audit };
  });
};
