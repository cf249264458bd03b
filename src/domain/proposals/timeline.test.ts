import { describe, expect, it } from "vitest";
import { ProposalContentSchema } from "./proposal.ts";
import { DEFAULT_DURATIONS, expectedDays, parseDurations } from "./steps.ts";
import { standingNow, timelineOf } from "./timeline.ts";
import type { Proposal, ProposalEvent } from "./workflow.ts";

const event = (
  at: string,
  act: ProposalEvent["act"],
  from: ProposalEvent["from"],
  to: ProposalEvent["to"],
): ProposalEvent => ({
  at,
  by: "u",
  act,
  from,
  to,
});

const proposal: Proposal = {
  id: "p",
  state: { step: "mfa-consultation" },
  stepSince: "2027-02-11T00:00:00.000Z",
  content: ProposalContentSchema.parse({
    thaiParty: "TH-50",
    japaneseParty: "JP-16",
    initiatingSide: "TH",
    instrument: "mou",
  }),
  events: [
    event("2027-01-05T00:00:00.000Z", "submit", "draft", "moi-review"),
    event("2027-02-11T00:00:00.000Z", "consult-mfa", "moi-review", "mfa-consultation"),
    event("2027-02-20T00:00:00.000Z", "agency-comment", "mfa-consultation", "mfa-consultation"),
  ],
  createdBy: "u",
  createdAt: "2027-01-01T00:00:00.000Z",
  updatedAt: "2027-02-20T00:00:00.000Z",
};

describe("timeline", () => {
  it("counts the days spent in each step and flags the ones over their expected duration", () => {
    const now = new Date("2027-03-20T12:00:00.000Z");
    const entries = timelineOf(proposal, now);
    expect(
      entries.map(({ step, days, expectedDays, isOverdue, leftAt }) => [step, days, expectedDays, isOverdue, leftAt]),
    ).toEqual([
      ["draft", 4, null, false, "2027-01-05T00:00:00.000Z"],
      ["moi-review", 37, 30, true, "2027-02-11T00:00:00.000Z"],
      ["mfa-consultation", 37, 30, true, null],
    ]);
    expect(entries[2]?.events.map((item) => item.act)).toEqual(["agency-comment"]);
    expect(entries[1]?.events.map((item) => item.act)).toEqual(["consult-mfa"]);
  });

  it("measures the current step against durations passed in", () => {
    const now = new Date("2027-03-01T00:00:00.000Z");
    expect(standingNow(proposal, now)).toEqual({
      step: "mfa-consultation",
      days: 18,
      expectedDays: 30,
      isOverdue: false,
      daysOver: 0,
    });
    expect(standingNow(proposal, now, parseDurations("mfa-consultation=14"))).toMatchObject({
      isOverdue: true,
      daysOver: 4,
    });
  });
});

describe("step durations", () => {
  it("default to 30 days, a year between reports once in force, and no clock for drafts or closed proposals", () => {
    expect(expectedDays("council-of-state")).toBe(30);
    expect(expectedDays("in-force")).toBe(365);
    expect(expectedDays("draft")).toBeNull();
    expect(expectedDays("rejected")).toBeNull();
  });

  it("read settings and refuse nonsense", () => {
    expect(parseDurations("moi-review=45, council-of-state=60")).toEqual({
      ...DEFAULT_DURATIONS,
      "moi-review": 45,
      "council-of-state": 60,
    });
    expect(() => parseDurations("moi-review=soon")).toThrow(/moi-review=soon/);
    expect(() => parseDurations("nowhere=3")).toThrow(/nowhere=3/);
  });
});
