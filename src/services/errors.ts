import type { Problem } from "../catalog/problem.ts";

/** Input that failed validation: nothing was written. Carries every problem found. */
export class ValidationFailed extends Error {
  constructor(
    readonly problems: Problem[],
    summary = `${problems.length} problem(s); nothing was written`,
  ) {
    super(summary);
  }
}

/** A requested record does not exist. */
export class NotFound extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`unknown ${kind} "${id}"`);
  }
}

/** Too much heavy work is waiting; the caller should try again after `retryAfterSeconds`. */
export class ServiceBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`busy; try again in ${retryAfterSeconds} s`);
  }
}
