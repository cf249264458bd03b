import { DEFAULT_DURATIONS, expectedDays, type Step, type StepDurations } from "./steps.ts";
import type { Proposal, ProposalEvent } from "./workflow.ts";

const DAY_MS = 86_400_000;

/** Whole days from one instant to another: a step entered yesterday afternoon has taken 0 or 1 days. */
export const daysBetween = (from: string, to: Date): number =>
  Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / DAY_MS));

/** One stay at a step: when it began and ended, how long it took against how long it should. */
export type TimelineEntry = {
  step: Step;
  enteredAt: string;
  leftAt: string | null;
  days: number;
  expectedDays: number | null;
  isOverdue: boolean;
  /** The acts recorded while the proposal was at this step, the one that moved it on last. */
  events: ProposalEvent[];
};

/**
 * The proposal's history as stays at steps, with the days spent in each. Time is passed in: the
 * current step is measured up to `now`.
 */
export const timelineOf = (
  proposal: Proposal,
  now: Date,
  durations: StepDurations = DEFAULT_DURATIONS,
): TimelineEntry[] => {
  const entries: TimelineEntry[] = [];
  let current = { step: "draft" as Step, enteredAt: proposal.createdAt, events: [] as ProposalEvent[] };
  const close = (leftAt: string | null) => {
    const days = daysBetween(current.enteredAt, leftAt ? new Date(leftAt) : now);
    const expected = expectedDays(current.step, durations);
    entries.push({
      ...current,
      leftAt,
      days,
      expectedDays: expected,
      isOverdue: expected !== null && days > expected,
    });
  };
  for (const event of proposal.events) {
    current.events.push(event);
    if (event.to !== current.step || event.act === "annual-report") {
      close(event.at);
      current = { step: event.to, enteredAt: event.at, events: [] };
    }
  }
  close(null);
  return entries;
};

/** Where the proposal stands now: its step, days there, and whether that is longer than expected. */
export const standingNow = (proposal: Proposal, now: Date, durations: StepDurations = DEFAULT_DURATIONS) => {
  const days = daysBetween(proposal.stepSince, now);
  const expected = expectedDays(proposal.state.step, durations);
  return {
    step: proposal.state.step,
    days,
    expectedDays: expected,
    isOverdue: expected !== null && days > expected,
    daysOver: expected === null ? 0 : Math.max(0, days - expected),
  };
};
