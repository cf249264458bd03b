import { type Actor, speaksFor, type User } from "../../domain/policy/actor.ts";
import { isAllowed } from "../../domain/policy/policy.ts";
import type { TripAct } from "../../domain/policy/proposal-roles.ts";
import { applyTripAct, type TripContent, type TripRefusal, type TripRequest } from "../../domain/trips/trip.ts";
import type { Repositories } from "../../store/repositories.ts";
import { authorize, requireUser } from "../authorize.ts";
import { InvalidInput, NotFound, Refused, WorkflowRefused } from "../errors.ts";
import { enqueueNotice } from "../notifications/outbox.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

export const loadTrip = async (repos: Pick<Repositories, "trips">, id: string, forUpdate = false) => {
  const trip = await repos.trips.get(id, { forUpdate });
  if (!trip) throw new NotFound("trip", id);
  return trip;
};

export const tripReadAction = (trip: TripRequest) =>
  ({ type: "trip.read", parties: trip.parties, createdBy: trip.createdBy }) as const;

/** Facilitators hear of a request waiting for the Permanent Secretary; the province hears the decision. */
const noticeTrip = async (tx: Repositories, trip: TripRequest, actorId: string, at: Date) => {
  const waitsForMoi = trip.step === "submitted";
  const recipients = (await tx.users.list()).filter(
    (row) =>
      row.status === "active" &&
      row.id !== actorId &&
      (waitsForMoi
        ? row.role === "facilitator"
        : row.role === "editor" && trip.thaiParties.some((party) => speaksFor(row.scope, party))),
  );
  for (const recipient of recipients) {
    await enqueueNotice(
      tx,
      {
        userId: recipient.id,
        kind: "trip-step",
        dedupeKey: `trip-step:${trip.id}:${trip.events.length}:${recipient.id}`,
        payload: { tripId: trip.id, relationId: trip.relationId, step: trip.step },
      },
      at,
    );
  }
};

/** Asks for the Permanent Secretary's approval of an official trip under a relation. */
export const createTrip = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  relationId: string,
  content: TripContent,
): Promise<TripRequest> => {
  requireUser(actor);
  const relation = await deps.repos.relations.get(relationId);
  if (!relation) throw new NotFound("relation", relationId);
  const thaiParties = relation.parties.filter((party) => party.startsWith("TH-"));
  if (thaiParties.length === 0) throw new InvalidInput([{ field: "relation", key: "v.trip.no-thai-party" }]);
  const user = authorize(actor, { type: "trip.create", thaiParties });
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const now = at.toISOString();
    const trip: TripRequest = {
      id: deps.newId(),
      relationId,
      thaiParties,
      parties: relation.parties,
      step: "submitted",
      stepSince: now,
      content,
      events: [{ at: now, by: user.id, act: "submit", from: "new", to: "submitted" }],
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    };
    await tx.trips.insert(trip);
    await noticeTrip(tx, trip, user.id, at);
    return {
      value: trip,
      audit: { action: "trip.submit", recordKind: "trip", recordId: trip.id, before: null, after: trip },
    };
  });
};

const refusalError = (refusal: TripRefusal, trip: TripRequest, act: TripAct) => {
  if (refusal === "role" || refusal === "scope") return new Refused(refusal);
  if (refusal === "comment-required") return new InvalidInput([{ field: "comment", key: "v.reason-required" }]);
  return new WorkflowRefused(
    "wrong_step",
    "error.trip.wrong-step",
    {},
    { step: `trip.step.${trip.step}`, act: `trip.act.${act}` },
  );
};

/** A decision (facilitators) or the province's withdrawal or resubmission. */
export const actOnTrip = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: { act: TripAct; comment?: string | undefined; content?: TripContent | undefined },
): Promise<TripRequest> => {
  const current = await loadTrip(deps.repos, id);
  const user: User = authorize(actor, { type: "trip.act", act: input.act, thaiParties: current.thaiParties });
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const before = await loadTrip(tx, id, true);
    const standing = {
      isFacilitator: user.role === "facilitator" || user.role === "admin",
      isThaiParty: before.thaiParties.some((party) => speaksFor(user.scope, party)),
    };
    const result = applyTripAct(before, standing, input, { at: at.toISOString(), by: user.id });
    if (!result.ok) throw refusalError(result.refusal, before, input.act);
    await tx.trips.save(result.trip);
    await noticeTrip(tx, result.trip, user.id, at);
    return {
      value: result.trip,
      audit: {
        action: `trip.${input.act}`,
        recordKind: "trip",
        recordId: id,
        before,
        after: result.trip,
        reason: input.comment,
      },
    };
  });
};

export const getTrip = async (deps: WorkspaceDeps, actor: Actor, id: string) => {
  const trip = await loadTrip(deps.repos, id);
  authorize(actor, tripReadAction(trip));
  return trip;
};

/** A relation's trip requests that this person may see. */
export const listTrips = async (deps: WorkspaceDeps, actor: Actor, relationId: string) => {
  requireUser(actor);
  if (!(await deps.repos.relations.get(relationId))) throw new NotFound("relation", relationId);
  return (await deps.repos.trips.forRelation(relationId)).filter((trip) => isAllowed(actor, tripReadAction(trip)));
};
