import { desc, eq } from "drizzle-orm";
import type { Db } from "./database.ts";
import { handovers } from "./schema.ts";

export type HandoverRow = typeof handovers.$inferSelect;

export const createHandoversRepository = (db: Db) => ({
  async insert(handover: HandoverRow): Promise<void> {
    await db.insert(handovers).values(handover);
  },

  async forLocality(localityId: string): Promise<HandoverRow[]> {
    return db
      .select()
      .from(handovers)
      .where(eq(handovers.localityId, localityId))
      .orderBy(desc(handovers.createdAt), desc(handovers.id));
  },
});

export type HandoversRepository = ReturnType<typeof createHandoversRepository>;
