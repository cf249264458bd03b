import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Place } from "../domain/place.ts";
import type { Db } from "./database.ts";
import { places } from "./schema.ts";

export type PlaceFilter = { within?: string | undefined; kind?: string | undefined; parent?: string | undefined };

/** Gazetteer places (reference records only). */
export const createPlacesRepository = (db: Db) => ({
  async list(filter: PlaceFilter = {}): Promise<Place[]> {
    const parts: SQL[] = [];
    if (filter.within) parts.push(eq(places.within, filter.within));
    if (filter.kind) parts.push(eq(places.kind, filter.kind));
    if (filter.parent) parts.push(eq(places.parent, filter.parent));
    const rows = await db
      .select({ doc: places.doc })
      .from(places)
      .where(parts.length ? and(...parts) : undefined)
      .orderBy(asc(places.id));
    return rows.map((row) => row.doc as Place);
  },

  async get(id: string): Promise<Place | undefined> {
    const [row] = await db.select({ doc: places.doc }).from(places).where(eq(places.id, id));
    return row?.doc as Place | undefined;
  },
});

export type PlacesRepository = ReturnType<typeof createPlacesRepository>;
