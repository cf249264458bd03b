import { describe, expect, it } from "vitest";
import { proposalStanding } from "../policy/proposal-roles.ts";
import { isReportedBy, nextReportYear, reportedYears } from "./annual-report-step.ts";
import { ProposalContentSchema } from "./proposal.ts";
import type { ProposalState } from "./steps.ts";
import { applyProposalAct, type Proposal, type ProposalEvent } from "./workflow.ts";

const reportEvent = (year: number): ProposalEvent => ({
  at: `${year + 1}-01-10T00:00:00.000Z`,
  by: "u",
  act: "annual-report",
  from: "in-force",
  to: "in-force",
  report: { id: `r-${year}`, year },
});
const proposal = (state: ProposalState, events: ProposalEvent[] = []): Proposal => ({
  id: "p",
  state,
  stepSince: "2027-01-01T00:00:00.000Z",
  content: ProposalContentSchema.parse({
    thaiParty: "TH-50",
    japaneseParty: "JP-16",
    initiatingSide: "TH",
    instrument: "mou",
  }),
  events,
  createdBy: "u",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2027-01-01T00:00:00.000Z",
});
const inForce = (since: string, years: number[] = []) =>
  proposal({ step: "in-force", since, reports: years.length }, years.map(reportEvent));

describe("a proposal's yearly report is its Thai party's annual report", () => {
  it("waits for the year it entered into force, then each following year", () => {
    expect(nextReportYear(inForce("2027-03-01"))).toBe(2027);
    expect(nextReportYear(inForce("2027-03-01", [2027, 2028]))).toBe(2029);
    expect(nextReportYear(proposal({ step: "signed", signedOn: "2027-01-01" }))).toBeNull();
    expect(reportedYears(inForce("2027-03-01", [2027]))).toEqual([2027]);
  });

  it("is reported by the Thai party's report of a year it was in force and not yet reported", () => {
    const current = inForce("2027-03-01", [2027]);
    expect(isReportedBy(current, { localityId: "TH-50", year: 2028 })).toBe(true);
    expect(isReportedBy(current, { localityId: "TH-50", year: 2027 })).toBe(false);
    expect(isReportedBy(current, { localityId: "TH-50", year: 2026 })).toBe(false);
    expect(isReportedBy(current, { localityId: "TH-10", year: 2028 })).toBe(false);
    expect(isReportedBy(proposal({ step: "ready-to-sign" }), { localityId: "TH-50", year: 2028 })).toBe(false);
  });

  it("records the report as the act's content, with no comment needed, and restarts the year's clock", () => {
    const thai = proposalStanding(
      { kind: "user", id: "u-th", role: "editor", scope: { localities: ["TH-50"], organisations: [] } },
      { thai: "TH-50", japanese: "JP-16" },
    );
    const at = "2028-01-15T00:00:00.000Z";
    const without = applyProposalAct(inForce("2027-03-01"), thai, { act: "annual-report" }, { at, by: "u-th" });
    expect(without).toEqual({ ok: false, refusal: "comment-required" });
    const result = applyProposalAct(
      inForce("2027-03-01"),
      thai,
      { act: "annual-report", report: { id: "r-2027", year: 2027 } },
      { at, by: "u-th" },
    );
    expect(result.ok && result.event.report).toEqual({ id: "r-2027", year: 2027 });
    expect(result.ok && [result.proposal.stepSince, nextReportYear(result.proposal)]).toEqual([at, 2028]);
  });
});
