import { z } from "zod";
import { PartialDateSchema } from "../dates.ts";
import type { TripAct } from "../policy/proposal-roles.ts";
import { TRIP_WHO_ACTS } from "../policy/proposal-roles.ts";
import { UserTextSchema } from "../text.ts";

/**
 * An official trip abroad under a relation. Every one needs the MOI Permanent Secretary's approval
 * (report 5891–5893): the province asks, a facilitator records the decision.
 */
export const TripContentSchema = z
  .object({
    destination: z.string().trim().min(1).max(300).describe("Where the delegation goes"),
    purpose: UserTextSchema.describe("What the trip is for, under the relation"),
    departOn: PartialDateSchema,
    returnOn: PartialDateSchema,
    delegation: z
      .array(
        z.object({ name: z.string().trim().min(1).max(200), position: z.string().trim().max(200).optional() }).strict(),
      )
      .min(1)
      .max(50)
      .describe("Who travels"),
    budget: z
      .object({ line: z.string().trim().min(1).max(300), amount: z.number().nonnegative().max(1e12).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((trip) => trip.returnOn >= trip.departOn, { message: "v.trip-dates", path: ["returnOn"] });
export type TripContent = z.infer<typeof TripContentSchema>;

export const TRIP_STEPS = ["submitted", "returned", "approved", "rejected", "withdrawn"] as const;
export type TripStep = (typeof TRIP_STEPS)[number];

export type TripEvent = {
  at: string;
  by: string;
  act: TripAct;
  from: TripStep | "new";
  to: TripStep;
  comment?: string;
};

export type TripRequest = {
  id: string;
  relationId: string;
  /** The relation's Thai parties: whoever speaks for one of them asks. */
  thaiParties: string[];
  parties: string[];
  step: TripStep;
  stepSince: string;
  content: TripContent;
  events: TripEvent[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/** What an actor is to a trip request. */
export type TripStanding = { isFacilitator: boolean; isThaiParty: boolean };

export type TripRefusal = "role" | "scope" | "wrong-step" | "comment-required";

const FROM: Record<Exclude<TripAct, "submit">, readonly TripStep[]> = {
  approve: ["submitted"],
  reject: ["submitted"],
  return: ["submitted"],
  resubmit: ["returned"],
  withdraw: ["submitted", "returned"],
};
const TO: Record<Exclude<TripAct, "submit">, TripStep> = {
  approve: "approved",
  reject: "rejected",
  return: "returned",
  resubmit: "submitted",
  withdraw: "withdrawn",
};

export const tripOpenActs = (step: TripStep): TripAct[] =>
  (Object.keys(FROM) as Array<Exclude<TripAct, "submit">>).filter((act) => FROM[act].includes(step));

/** One decision on a trip request; pure, like the proposal's workflow. */
export const applyTripAct = (
  trip: TripRequest,
  standing: TripStanding,
  input: { act: TripAct; comment?: string | undefined; content?: TripContent | undefined },
  context: { at: string; by: string },
): { ok: true; trip: TripRequest } | { ok: false; refusal: TripRefusal } => {
  const who = TRIP_WHO_ACTS[input.act];
  if (!standing.isFacilitator && (who === "facilitator" || !standing.isThaiParty))
    return { ok: false, refusal: who === "facilitator" ? "role" : "scope" };
  if (input.act === "submit" || !FROM[input.act].includes(trip.step)) return { ok: false, refusal: "wrong-step" };
  const comment = input.comment?.trim() || undefined;
  if ((input.act === "reject" || input.act === "return") && !comment) return { ok: false, refusal: "comment-required" };
  const to = TO[input.act];
  const event: TripEvent = {
    at: context.at,
    by: context.by,
    act: input.act,
    from: trip.step,
    to,
    ...(comment ? { comment } : {}),
  };
  return {
    ok: true,
    trip: {
      ...trip,
      ...(input.act === "resubmit" && input.content ? { content: input.content } : {}),
      step: to,
      stepSince: context.at,
      events: [...trip.events, event],
      updatedAt: context.at,
    },
  };
};
