import { desc, eq } from "drizzle-orm";
import type { TripRequest } from "../domain/trips/trip.ts";
import type { Db } from "./database.ts";
import { tripRequests } from "./schema.ts";

const row = (trip: TripRequest) => ({
  id: trip.id,
  relationId: trip.relationId,
  step: trip.step,
  createdBy: trip.createdBy,
  createdAt: new Date(trip.createdAt),
  updatedAt: new Date(trip.updatedAt),
  doc: trip,
});

export const createTripsRepository = (db: Db) => ({
  async insert(trip: TripRequest): Promise<void> {
    await db.insert(tripRequests).values(row(trip));
  },

  async save(trip: TripRequest): Promise<void> {
    const { id: _id, ...changes } = row(trip);
    await db.update(tripRequests).set(changes).where(eq(tripRequests.id, trip.id));
  },

  async get(id: string, options: { forUpdate?: boolean } = {}): Promise<TripRequest | undefined> {
    const query = db.select({ doc: tripRequests.doc }).from(tripRequests).where(eq(tripRequests.id, id));
    const [found] = options.forUpdate ? await query.for("update") : await query;
    return found?.doc as TripRequest | undefined;
  },

  async forRelation(relationId: string): Promise<TripRequest[]> {
    const rows = await db
      .select({ doc: tripRequests.doc })
      .from(tripRequests)
      .where(eq(tripRequests.relationId, relationId))
      .orderBy(desc(tripRequests.createdAt), desc(tripRequests.id));
    return rows.map((found) => found.doc as TripRequest);
  },

  async list(): Promise<TripRequest[]> {
    const rows = await db.select({ doc: tripRequests.doc }).from(tripRequests).orderBy(desc(tripRequests.updatedAt));
    return rows.map((found) => found.doc as TripRequest);
  },
});

export type TripsRepository = ReturnType<typeof createTripsRepository>;
