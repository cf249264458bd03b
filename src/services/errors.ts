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
/** The policy said no: sign in first (401), or not for you (403). */
export class Refused extends Error {
  constructor(readonly reason: "sign-in-required" | "role" | "scope" | "own-submission" | "self") {
    super(`refused: ${reason}`);
  }
}

/** One field's problem, as a message key of the catalogs and its parameters. */
export type FieldProblem = { field: string; key: string; params?: Record<string, string | number> };

/** Input that is well-formed but breaks a rule the schema cannot see; nothing was written. */
export class InvalidInput extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.key}`).join("; "));
  }
}

/** The record is not in the state the request expects (changed meanwhile, already decided …). */
export class Conflict extends Error {
  constructor(
    readonly key:
      | "error.conflict"
      | "error.already-exists"
      | "error.submission-state"
      | "error.revert-stale"
      | "error.last-admin"
      | "registration.duplicate"
      | "registration.duplicate-id",
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

/** Wrong email or password; the same whether the address has an account or not. */
export class SignInFailed extends Error {}

/** Too many failures for this account or address: try again after `retryAfterSeconds`. */
export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`throttled for ${retryAfterSeconds} s`);
  }
}

/** A one-time link that is unknown, used or expired. */
export class TokenInvalid extends Error {}

/**
 * A workflow (proposal or trip) refused an act that the actor may take, but not now: wrong step,
 * a legal blocker, already recorded. `terms` are message keys whose text fills the message.
 */
export class WorkflowRefused extends Error {
  constructor(
    readonly code: "wrong_step" | "legal_blocker" | "already_recorded" | "report_through_annual_report",
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly terms: Record<string, string> = {},
  ) {
    super(`${code}: ${key} ${JSON.stringify({ ...params, ...terms })}`);
  }
}
