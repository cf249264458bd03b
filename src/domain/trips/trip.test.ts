import { describe, expect, it } from "vitest";
import { TRIP_ACTS } from "../policy/proposal-roles.ts";
import {
  applyTripAct,
  TRIP_STEPS,
  TripContentSchema,
  type TripRequest,
  type TripStanding,
  type TripStep,
} from "./trip.ts";

const content = TripContentSchema.parse({
  destination: "Toyama",
  purpose: { th: "ประชุมคณะทำงานร่วม" },
  departOn: "2027-05-10",
  returnOn: "2027-05-14",
  delegation: [{ name: "Somchai", position: "Deputy governor" }],
});
const tripAt = (step: TripStep): TripRequest => ({
  id: "t",
  relationId: "r",
  thaiParties: ["TH-50"],
  parties: ["TH-50", "JP-16"],
  step,
  stepSince: "2027-04-01T00:00:00.000Z",
  content,
  events: [],
  createdBy: "u",
  createdAt: "2027-04-01T00:00:00.000Z",
  updatedAt: "2027-04-01T00:00:00.000Z",
});
const STANDINGS: Record<string, TripStanding> = {
  province: { isFacilitator: false, isThaiParty: true },
  stranger: { isFacilitator: false, isThaiParty: false },
  facilitator: { isFacilitator: true, isThaiParty: false },
};

/** from act → to, written out; "submit" only creates a request. */
const SPEC = new Map([
  ["submitted approve", "approved"],
  ["submitted reject", "rejected"],
  ["submitted return", "returned"],
  ["submitted withdraw", "withdrawn"],
  ["returned resubmit", "submitted"],
  ["returned withdraw", "withdrawn"],
]);
const MAY: Record<string, string[]> = {
  submit: ["province", "facilitator"],
  resubmit: ["province", "facilitator"],
  withdraw: ["province", "facilitator"],
  approve: ["facilitator"],
  reject: ["facilitator"],
  return: ["facilitator"],
};

describe("trip requests: every act at every step for every standing", () => {
  for (const step of TRIP_STEPS) {
    it(step, () => {
      const actual: string[] = [];
      const expected: string[] = [];
      for (const act of TRIP_ACTS) {
        for (const [name, standing] of Object.entries(STANDINGS)) {
          const result = applyTripAct(
            tripAt(step),
            standing,
            { act, comment: "ok" },
            { at: "2027-04-02T00:00:00.000Z", by: "u" },
          );
          actual.push(`${act} by ${name}: ${result.ok ? result.trip.step : result.refusal}`);
          const to = SPEC.get(`${step} ${act}`);
          const mayAct = MAY[act]?.includes(name);
          expected.push(
            `${act} by ${name}: ${!mayAct ? (MAY[act]?.includes("province") ? "scope" : "role") : (to ?? "wrong-step")}`,
          );
        }
      }
      expect(actual).toEqual(expected);
    });
  }

  it("needs a reason to reject or return, and takes new content on resubmission", () => {
    const facilitator = STANDINGS.facilitator as TripStanding;
    expect(
      applyTripAct(tripAt("submitted"), facilitator, { act: "reject" }, { at: "2027-04-02T00:00:00.000Z", by: "u" }),
    ).toEqual({
      ok: false,
      refusal: "comment-required",
    });
    const changed = { ...content, destination: "Uozu" };
    const result = applyTripAct(
      tripAt("returned"),
      STANDINGS.province as TripStanding,
      { act: "resubmit", content: changed },
      { at: "2027-04-03T00:00:00.000Z", by: "u" },
    );
    expect(result.ok && [result.trip.content.destination, result.trip.stepSince]).toEqual([
      "Uozu",
      "2027-04-03T00:00:00.000Z",
    ]);
  });

  it("refuses a return date before departure", () => {
    expect(TripContentSchema.safeParse({ ...content, returnOn: "2027-05-01" }).success).toBe(false);
  });
});
