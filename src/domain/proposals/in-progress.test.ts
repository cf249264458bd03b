import { describe, expect, it } from "vitest";
import { awaitedFrom, IN_PROGRESS_STEPS } from "./in-progress.ts";
import { ProposalContentSchema } from "./proposal.ts";
import type { ProposalState } from "./steps.ts";
import type { Proposal } from "./workflow.ts";

const proposal = (state: ProposalState, initiatingSide: "TH" | "JP" = "TH"): Proposal => ({
  id: "p",
  state,
  stepSince: "2027-01-01T00:00:00.000Z",
  content: ProposalContentSchema.parse({
    thaiParty: "TH-50",
    japaneseParty: "JP-16",
    initiatingSide,
    instrument: "mou",
  }),
  events: [],
  createdBy: "u",
  createdAt: "2027-01-01T00:00:00.000Z",
  updatedAt: "2027-01-01T00:00:00.000Z",
});

describe("who a proposal in progress waits for", () => {
  it("names the initiating side for a draft, MOI for its steps, the Thai party for signing, either party when returned", () => {
    expect(awaitedFrom(proposal({ step: "draft" }))).toEqual({ act: "submit", from: "thai-party" });
    expect(awaitedFrom(proposal({ step: "draft" }, "JP"))).toEqual({ act: "submit", from: "japanese-party" });
    expect(awaitedFrom(proposal({ step: "moi-review" }))).toEqual({ act: "consult-mfa", from: "moi" });
    expect(awaitedFrom(proposal({ step: "province-consultation" }, "JP"))).toEqual({
      act: "province-concur",
      from: "thai-party",
    });
    expect(awaitedFrom(proposal({ step: "ready-to-sign" }))).toEqual({ act: "sign", from: "thai-party" });
    expect(awaitedFrom(proposal({ step: "returned", from: "moi-review", comment: "x" }))).toEqual({
      act: "resubmit",
      from: "either-party",
    });
    expect(awaitedFrom(proposal({ step: "withdrawn" }))).toBeNull();
  });

  it("counts neither closed proposals nor those in force as in progress", () => {
    expect(IN_PROGRESS_STEPS).not.toContain("withdrawn");
    expect(IN_PROGRESS_STEPS).not.toContain("rejected");
    expect(IN_PROGRESS_STEPS).not.toContain("in-force");
    expect(IN_PROGRESS_STEPS).toContain("signed");
    expect(IN_PROGRESS_STEPS).toContain("returned");
  });
});
