import { parsePartialDate } from "../dates.ts";
import type { Proposal } from "./workflow.ts";

/**
 * A proposal in force reports once a year (report 5912–5913), and so does its Thai party, to MOI,
 * with the annual report of all its relations (continuity). They are one report: the proposal's
 * yearly step is satisfied by the Thai party's annual report for that year, never typed twice.
 */

/** The years the proposal's annual-report step was satisfied for. */
export const reportedYears = (proposal: Proposal): number[] =>
  proposal.events.flatMap((event) => (event.act === "annual-report" && event.report ? [event.report.year] : []));

const sinceYear = (proposal: Proposal): number | undefined =>
  proposal.state.step === "in-force" ? parsePartialDate(proposal.state.since)?.year : undefined;

/** The year the proposal waits a report for: from its entry into force on, the first not yet reported. */
export const nextReportYear = (proposal: Proposal): number | null => {
  const since = sinceYear(proposal);
  if (since === undefined) return null;
  const done = new Set(reportedYears(proposal));
  let year = since;
  while (done.has(year)) year++;
  return year;
};

/**
 * Whether the Thai party's report for `year` is this proposal's yearly report: the proposal is in
 * force by that year, the locality is its Thai party, and that year was not reported yet.
 */
export const isReportedBy = (proposal: Proposal, report: { localityId: string; year: number }): boolean => {
  const since = sinceYear(proposal);
  return (
    since !== undefined &&
    proposal.content.thaiParty === report.localityId &&
    since <= report.year &&
    !reportedYears(proposal).includes(report.year)
  );
};
