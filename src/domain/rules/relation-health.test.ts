import { describe, expect, it } from "vitest";
import { type HealthInput, monthsBetween, relationHealth } from "./relation-health.ts";

const today = new Date("2026-12-06T00:00:00Z");
const input = (overrides: Partial<HealthInput>): HealthInput => ({
  status: "active",
  activityDates: [],
  confirmations: [new Date("2026-06-01T00:00:00Z")],
  indicators: [],
  indicatorYear: 2025,
  ...overrides,
});

describe("months between two days", () => {
  it("counts a month once its day is reached", () => {
    expect(monthsBetween(new Date("2024-10-31T00:00:00Z"), today)).toBe(25);
    expect(monthsBetween(new Date("2024-10-06T00:00:00Z"), today)).toBe(26);
    expect(monthsBetween(new Date("2024-10-07T00:00:00Z"), today)).toBe(25);
    expect(monthsBetween(today, new Date("2020-01-01T00:00:00Z"))).toBe(0);
  });
});

describe("relation health from recency, frequency and indicators", () => {
  it("says how long a relation has been silent, counting from the last day a partial date can mean", () => {
    const health = relationHealth(input({ activityDates: ["2019", "2024-10"] }), today);
    // October 2024 lasts until the 31st: 25 whole months to 6 December 2026.
    expect(health.reasons[0]).toEqual({ code: "silent", months: 25, since: "2024-10" });
    expect(health.status).toBe("declining");
    expect(health.lastActivity).toBe("2024-10");
    expect(health.isGoingDormant).toBe(true);
  });

  it("keeps a relation with regular activity active", () => {
    const health = relationHealth(input({ activityDates: ["2025-03-10", "2026-02", "2026-09-14"] }), today);
    expect(health.status).toBe("active");
    expect(health.reasons).toContainEqual({ code: "frequency", count: 3, months: 24 });
    expect(health.isGoingDormant).toBe(false);
  });

  it("warns at 18 months of silence before the relation declines", () => {
    const health = relationHealth(input({ activityDates: ["2025-06-01"] }), today);
    expect(health.monthsSilent).toBe(18);
    expect(health.status).toBe("active");
    expect(health.isGoingDormant).toBe(true);
    expect(health.reasons).toContainEqual({ code: "lone-activity", months: 24 });
  });

  it("declines a relation whose only activity in two years is old and whose targets were missed", () => {
    const missed = relationHealth(
      input({ activityDates: ["2025-06-01"], indicators: [{ isMet: false }, { isMet: false }, { isMet: true }] }),
      today,
    );
    expect(missed.status).toBe("declining");
    expect(missed.reasons).toContainEqual({ code: "indicators", year: 2025, met: 1, total: 3 });
  });

  it("lets met targets keep alive a relation with few logged events", () => {
    const quiet = input({ activityDates: ["2022-05"], indicators: [{ isMet: true }] });
    expect(relationHealth(quiet, today).status).toBe("active");
    expect(relationHealth({ ...quiet, indicators: [{ isMet: false }] }, today).status).toBe("declining");
    const longSilent = input({ activityDates: ["2015"], indicators: [{ isMet: true }] });
    expect(relationHealth(longSilent, today).status).toBe("declining");
    expect(relationHealth({ ...longSilent, indicators: [] }, today).status).toBe("lapsed");
  });

  it("lapses after five years of silence and no longer calls it going dormant", () => {
    const health = relationHealth(input({ status: "active", activityDates: ["2016-11"] }), today);
    expect(health.status).toBe("lapsed");
    expect(health.isGoingDormant).toBe(false);
    expect(health.monthsSilent).toBe(120);
  });

  it("counts silence from the start when nothing was ever recorded", () => {
    const health = relationHealth(input({ start: "2010-03", activityDates: [] }), today);
    expect(health.reasons[0]).toEqual({ code: "never-active", since: "2010-03" });
    expect(health.status).toBe("lapsed");
    expect(health.lastActivity).toBeNull();
  });

  it("ignores planned activities when measuring silence", () => {
    const health = relationHealth(input({ activityDates: ["2023-01", "2027-03"] }), today);
    expect(health.lastActivity).toBe("2023-01");
    expect(health.status).toBe("declining");
  });

  it("leaves decisions and one-off events as recorded", () => {
    expect(relationHealth(input({ status: "pending", activityDates: ["2001"] }), today).status).toBe("pending");
    expect(relationHealth(input({ status: "ended", activityDates: ["2026-01"] }), today).status).toBe("ended");
    const fair = relationHealth(input({ form: "one-off", status: "active", activityDates: ["2016"] }), today);
    expect(fair.status).toBe("active");
    expect(fair.isGoingDormant).toBe(false);
    expect(relationHealth(input({ status: "declining" }), today).reasons).toEqual([{ code: "no-dates" }]);
  });

  it("marks a record unverified 12 months after a party last confirmed it, or never confirmed", () => {
    const at = (iso: string) => new Date(`${iso}T08:00:00Z`);
    expect(relationHealth(input({ confirmations: [at("2025-12-07")] }), today).unverifiedSince).toBeNull();
    expect(relationHealth(input({ confirmations: [at("2025-12-05"), at("2024-01-01")] }), today).unverifiedSince).toBe(
      "2025-12-05",
    );
    expect(relationHealth(input({ confirmations: [] }), today).unverifiedSince).toBe("never");
  });
});
