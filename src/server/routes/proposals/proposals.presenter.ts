import type { Actor } from "../../../domain/policy/actor.ts";
import { isAllowed } from "../../../domain/policy/policy.ts";
import { PROPOSAL_ACTS, proposalActRefusal, proposalStanding } from "../../../domain/policy/proposal-roles.ts";
import { nextReportYear } from "../../../domain/proposals/annual-report-step.ts";
import { partiesOf } from "../../../domain/proposals/proposal.ts";
import { isClosed, isEditable, type StepDurations } from "../../../domain/proposals/steps.ts";
import { standingNow, timelineOf } from "../../../domain/proposals/timeline.ts";
import { awaitedAct, openActs, type Proposal, pathOf } from "../../../domain/proposals/workflow.ts";
import type { DocumentRow } from "../../../store/documents.repository.ts";

export const presentDocument = (document: DocumentRow, base: string) => ({
  id: document.id,
  fileName: document.fileName,
  mediaType: document.mediaType,
  size: document.size,
  step: document.step,
  uploadedBy: document.uploadedBy,
  uploadedAt: document.uploadedAt.toISOString(),
  url: `${base}/documents/${document.id}`,
});

/** What a proposal looks like in a list: where it stands, not what it says. */
export const presentSummary = (proposal: Proposal, now: Date, durations: StepDurations) => ({
  id: proposal.id,
  path: pathOf(proposal.content),
  step: proposal.state.step,
  thaiParty: proposal.content.thaiParty,
  japaneseParty: proposal.content.japaneseParty,
  proposingBody: proposal.content.proposingBody ?? null,
  instrument: proposal.content.instrument,
  title: proposal.content.title ?? null,
  relationId: proposal.relationId ?? null,
  createdAt: proposal.createdAt,
  updatedAt: proposal.updatedAt,
  standing: standingNow(proposal, now, durations),
});

/**
 * The whole proposal for someone who may read it: its content and history, the timeline with days
 * per step, the acts this reader may take now (the policy's answer), and the attached documents.
 */
export const presentProposal = (
  proposal: Proposal,
  actor: Actor,
  now: Date,
  durations: StepDurations,
  documents: readonly DocumentRow[],
  people: ReadonlyMap<string, string>,
) => {
  const parties = partiesOf(proposal.content);
  const path = pathOf(proposal.content);
  const standing = actor.kind === "user" ? proposalStanding(actor, parties) : undefined;
  const acts = standing
    ? openActs(path, proposal.state, PROPOSAL_ACTS).filter(
        // The yearly report is the Thai party's annual report (continuity), not an act typed here.
        (act) => act !== "annual-report" && proposalActRefusal(standing, act, proposal.content.initiatingSide) === null,
      )
    : [];
  const canAttach = !isClosed(proposal.state.step) && isAllowed(actor, { type: "proposal.edit", parties });
  const base = `/api/proposals/${proposal.id}`;
  const named = new Set([proposal.createdBy, ...proposal.events.map((event) => event.by)]);
  return {
    ...presentSummary(proposal, now, durations),
    state: proposal.state,
    stepSince: proposal.stepSince,
    content: proposal.content,
    evaluation: proposal.evaluation ?? null,
    japaneseApproval: proposal.japaneseApproval ?? null,
    events: proposal.events,
    createdBy: proposal.createdBy,
    people: Object.fromEntries([...named].map((id) => [id, people.get(id) ?? null])),
    timeline: timelineOf(proposal, now, durations).map(({ events: _events, ...entry }) => entry),
    awaiting: awaitedAct(path, proposal.state) ?? null,
    /** In force: the year whose annual report of the Thai party this proposal waits for. */
    reportYear: nextReportYear(proposal),
    acts,
    canEdit: isEditable(proposal.state.step) && canAttach,
    canAttach,
    documents: documents.map((document) => presentDocument(document, base)),
  };
};
