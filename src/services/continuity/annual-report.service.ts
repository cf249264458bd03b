import {
  buildReportFigures,
  EMPTY_NARRATIVE,
  isEditable,
  mayHaveAnnualReport,
  type ReportNarrative,
  reportsToMoi,
} from "../../domain/annual-report.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import { isAllowed } from "../../domain/policy/policy.ts";
import type { Relation } from "../../domain/relation.ts";
import { applyMove, type Submission } from "../../domain/review.ts";
import type { AnnualReport } from "../../store/annual-reports.repository.ts";
import type { Repositories } from "../../store/repositories.ts";
import { authorize, requireUser } from "../authorize.ts";
import { Conflict, InvalidInput, NotFound } from "../errors.ts";
import { reportOnProposals } from "../proposals/report-step.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

/** Everything the report of a locality and year is made of, read from the relations and the log. */
export const gatherFigures = async (
  repos: Pick<Repositories, "localities" | "relations" | "activities" | "objectives">,
  localityId: string,
  year: number,
) => {
  // A province reports for the local governments inside it; their relations are its work too.
  const children = (await repos.localities.list({ parent: localityId })).items.map((child) => child.id);
  const family = new Set([localityId, ...children]);
  const byId = new Map<string, Relation>();
  for (const party of family)
    for (const relation of (await repos.relations.list({ party })).items) byId.set(relation.id, relation);
  const relations = [...byId.values()];
  const ids = relations.map((relation) => relation.id);
  return buildReportFigures({
    locality: localityId,
    family,
    year,
    relations,
    activities: await repos.activities.forRelations(ids),
    objectives: await repos.objectives.forRelations(ids),
  });
};

const load = async (repos: Pick<Repositories, "annualReports">, id: string, forUpdate = false) => {
  const report = await repos.annualReports.get(id, { forUpdate });
  if (!report) throw new NotFound("annual-report", id);
  return report;
};

const assertEditable = (report: AnnualReport, action: string) => {
  if (!isEditable(report.state)) throw new Conflict("error.submission-state", { status: report.state, action });
};

/** A summary of what changed, for the audit trail: the state and the narrative, not every figure. */
const auditView = (report: AnnualReport) => ({
  localityId: report.localityId,
  year: report.year,
  state: report.state,
  narrative: report.narrative,
  totals: report.figures.totals,
});

export const createReport = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  input: { locality: string; year: number },
) => {
  const user = authorize(actor, { type: "report.write", locality: input.locality });
  const locality = await deps.repos.localities.get(input.locality);
  if (!locality) throw new NotFound("locality", input.locality);
  if (!mayHaveAnnualReport(locality)) throw new InvalidInput([{ field: "locality", key: "v.report-locality" }]);
  if (await deps.repos.annualReports.find(input.locality, input.year))
    throw new Conflict("error.already-exists", { what: `${input.locality} ${input.year}` });
  const figures = await gatherFigures(deps.repos, input.locality, input.year);
  const id = `r-${deps.newId().replace(/-/g, "").slice(0, 16)}`;
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const report: AnnualReport = {
      id,
      localityId: input.locality,
      year: input.year,
      state: "draft",
      figures,
      narrative: EMPTY_NARRATIVE,
      generatedAt: at,
      createdBy: user.id,
      createdAt: at,
      updatedAt: at,
      submissionId: null,
      submittedAt: null,
      submittedBy: null,
      acknowledgedAt: null,
      acknowledgedBy: null,
    };
    await tx.annualReports.insert(report);
    return {
      value: report,
      audit: {
        action: "annualReport.create",
        recordKind: "annualReport",
        recordId: id,
        before: null,
        after: auditView(report),
      },
    };
  });
};

export const getReport = async (deps: WorkspaceDeps, actor: Actor, id: string) => {
  const report = await load(deps.repos, id);
  authorize(actor, { type: "locality.dossier", locality: report.localityId });
  return report;
};

/** Facilitators see every report; an officer those of their own localities. */
export const listReports = async (
  deps: WorkspaceDeps,
  actor: Actor,
  filter: { locality?: string | undefined; year?: number | undefined },
) => {
  const user = requireUser(actor);
  const reports = await deps.repos.annualReports.list({ localityId: filter.locality, year: filter.year });
  return reports.filter((report) => isAllowed(user, { type: "locality.dossier", locality: report.localityId }));
};

const change = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  action: string,
  edit: (report: AnnualReport, at: Date, tx: Repositories) => Promise<AnnualReport> | AnnualReport,
) => {
  const current = await load(deps.repos, id);
  authorize(actor, { type: "report.write", locality: current.localityId });
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const before = await load(tx, id, true);
    assertEditable(before, action);
    const after = await edit(before, at, tx);
    await tx.annualReports.save(after);
    return {
      value: after,
      audit: {
        action: `annualReport.${action}`,
        recordKind: "annualReport",
        recordId: id,
        before: auditView(before),
        after: auditView(after),
      },
    };
  });
};

/** The officer's words: summary, obstacles, plans, stated budget and remarks per relation. */
export const editNarrative = (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  narrative: ReportNarrative,
) => change(deps, actor, meta, id, "edit", (report, at) => ({ ...report, narrative, updatedAt: at }));

/** The figures again from the log as it is now; the narrative stays. */
export const regenerateReport = (deps: WorkspaceDeps, actor: Actor, meta: RequestMeta, id: string) =>
  change(deps, actor, meta, id, "regenerate", async (report, at, tx) => ({
    ...report,
    // Read through the transaction: the embedded database serves one connection at a time.
    figures: await gatherFigures(tx, report.localityId, report.year),
    generatedAt: at,
    updatedAt: at,
  }));

/**
 * Submits a Thai province's (or Bangkok's, Pattaya's) report to MOI: it waits in the review queue
 * until a facilitator acknowledges it or returns it for changes. A returned report goes back as the
 * same submission.
 */
export const submitReport = async (deps: WorkspaceDeps, actor: Actor, meta: RequestMeta, id: string) => {
  const current = await load(deps.repos, id);
  const user = authorize(actor, { type: "report.write", locality: current.localityId });
  const locality = await deps.repos.localities.get(current.localityId);
  if (!locality || !reportsToMoi(locality)) throw new InvalidInput([{ field: "locality", key: "v.report-moi-only" }]);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const before = await load(tx, id, true);
    assertEditable(before, "submit");
    const stamp = at.toISOString();
    const payload = { year: before.year, locality: before.localityId, totals: before.figures.totals };
    const previous = before.submissionId
      ? await tx.submissions.get(before.submissionId, { forUpdate: true })
      : undefined;
    const resubmitted =
      previous && previous.status === "changes-requested"
        ? applyMove(previous, "submitter", { type: "resubmit", payload }, user.id, stamp)
        : undefined;
    let submission: Submission;
    if (resubmitted?.ok) {
      submission = resubmitted.submission;
      await tx.submissions.save(submission, at);
    } else {
      submission = {
        id: deps.newId(),
        kind: "annual-report",
        status: "pending",
        record: { kind: "annualReport", id },
        parties: [before.localityId],
        submittedBy: user.id,
        submitterScope: user.scope,
        submittedAt: stamp,
        payload,
        events: [{ at: stamp, by: user.id, action: "submitted" }],
      };
      await tx.submissions.insert(submission, at);
    }
    const after: AnnualReport = {
      ...before,
      state: "submitted",
      submissionId: submission.id,
      submittedAt: at,
      submittedBy: user.id,
      updatedAt: at,
    };
    await tx.annualReports.save(after);
    const proposalsReported = await reportOnProposals(tx, user, after, at);
    return {
      value: after,
      audit: {
        action: "annualReport.submit",
        recordKind: "annualReport",
        recordId: id,
        before: auditView(before),
        after: { ...auditView(after), proposalsReported },
      },
    };
  });
};
