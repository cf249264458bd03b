import type { Actor, User } from "../domain/policy/actor.ts";
import { type Action, decide } from "../domain/policy/policy.ts";
import { Refused } from "./errors.ts";

/** Asks the policy module and throws its refusal; returns the signed-in user when allowed. */
export const authorize = (actor: Actor, action: Action): User => {
  const decision = decide(actor, action);
  if (!decision.isAllowed) throw new Refused(decision.reason);
  if (actor.kind !== "user") throw new Refused("sign-in-required");
  return actor;
};

/** Signed in, whatever the role: the first check of every write. */
export const requireUser = (actor: Actor): User => {
  if (actor.kind !== "user") throw new Refused("sign-in-required");
  return actor;
};
