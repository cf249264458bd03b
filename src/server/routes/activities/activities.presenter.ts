import type { LoggedActivity } from "../../../domain/activity.ts";
import type { Actor } from "../../../domain/policy/actor.ts";

/** Who entered and reviewed an activity is workspace business: visitors see when, not who. */
export const presentActivity = (activity: LoggedActivity, actor: Actor) => {
  if (actor.kind === "user") return activity;
  const { reviewedBy: _reviewedBy, entered, ...rest } = activity;
  return { ...rest, entered: { at: entered.at } };
};
