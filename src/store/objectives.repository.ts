import { desc, eq, inArray, max } from "drizzle-orm";
import type { Objective } from "../domain/objectives.ts";
import type { Db } from "./database.ts";
import { relationConfirmations, relationObjectives } from "./schema.ts";

/** A relation's plan (objectives and indicators) and the parties' confirmations that its record is current. */
export const createObjectivesRepository = (db: Db) => ({
  async get(relationId: string): Promise<Objective[]> {
    const [row] = await db
      .select({ doc: relationObjectives.doc })
      .from(relationObjectives)
      .where(eq(relationObjectives.relationId, relationId));
    return (row?.doc as Objective[] | undefined) ?? [];
  },

  /** The plans of many relations (of every relation when no ids are given), by relation id. */
  async forRelations(relationIds?: readonly string[]): Promise<Map<string, Objective[]>> {
    if (relationIds?.length === 0) return new Map();
    const rows = await db
      .select({ relationId: relationObjectives.relationId, doc: relationObjectives.doc })
      .from(relationObjectives)
      .where(relationIds ? inArray(relationObjectives.relationId, [...relationIds]) : undefined);
    return new Map(rows.map((row) => [row.relationId, row.doc as Objective[]]));
  },

  async save(relationId: string, objectives: Objective[], by: string, at: Date): Promise<void> {
    const values = { relationId, doc: objectives, updatedBy: by, updatedAt: at };
    await db
      .insert(relationObjectives)
      .values(values)
      .onConflictDoUpdate({ target: relationObjectives.relationId, set: values });
  },

  async confirm(entry: { relationId: string; partyId: string; userId: string; how: "record" | "activity"; at: Date }) {
    await db.insert(relationConfirmations).values(entry);
  },

  async confirmations(relationId: string, limit = 20) {
    return db
      .select()
      .from(relationConfirmations)
      .where(eq(relationConfirmations.relationId, relationId))
      .orderBy(desc(relationConfirmations.at))
      .limit(limit);
  },

  /** When each relation was last confirmed by a party. */
  async lastConfirmed(relationIds?: readonly string[]): Promise<Map<string, Date>> {
    if (relationIds?.length === 0) return new Map();
    const query = db
      .select({ relationId: relationConfirmations.relationId, at: max(relationConfirmations.at) })
      .from(relationConfirmations);
    const rows = await (relationIds
      ? query.where(inArray(relationConfirmations.relationId, [...relationIds]))
      : query
    ).groupBy(relationConfirmations.relationId);
    return new Map(rows.flatMap((row) => (row.at ? [[row.relationId, new Date(row.at)] as const] : [])));
  },
});

export type ObjectivesRepository = ReturnType<typeof createObjectivesRepository>;
