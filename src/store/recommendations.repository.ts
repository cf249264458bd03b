import { desc, eq, or } from "drizzle-orm";
import type { Db } from "./database.ts";
import { recommendations } from "./schema.ts";

export type Recommendation = {
  id: string;
  from: string;
  to: string;
  issues: string[];
  note?: { th?: string; en?: string; ja?: string };
  createdBy: string;
  createdAt: string;
};

export const createRecommendationsRepository = (db: Db) => ({
  async insert(recommendation: Recommendation): Promise<void> {
    await db.insert(recommendations).values({
      id: recommendation.id,
      fromParty: recommendation.from,
      toParty: recommendation.to,
      doc: recommendation,
      createdBy: recommendation.createdBy,
      createdAt: new Date(recommendation.createdAt),
    });
  },

  async forParty(party: string): Promise<Recommendation[]> {
    const rows = await db
      .select({ doc: recommendations.doc })
      .from(recommendations)
      .where(or(eq(recommendations.fromParty, party), eq(recommendations.toParty, party)))
      .orderBy(desc(recommendations.createdAt));
    return rows.map((row) => row.doc as Recommendation);
  },
});

export type RecommendationsRepository = ReturnType<typeof createRecommendationsRepository>;
