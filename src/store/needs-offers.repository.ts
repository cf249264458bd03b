import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { NeedOffer } from "../domain/relation.ts";
import type { Db } from "./database.ts";
import { needsOffers } from "./schema.ts";

export type NeedOfferFilter = {
  party?: string | undefined;
  kind?: "need" | "offer" | undefined;
  issue?: string | undefined;
};

export const needOfferRow = (needOffer: NeedOffer) => ({
  id: needOffer.id,
  party: needOffer.party,
  kind: needOffer.kind,
});

export const createNeedsOffersRepository = (db: Db) => ({
  async list(filter: NeedOfferFilter = {}): Promise<NeedOffer[]> {
    const parts: SQL[] = [];
    if (filter.party) parts.push(eq(needsOffers.party, filter.party));
    if (filter.kind) parts.push(eq(needsOffers.kind, filter.kind));
    if (filter.issue) parts.push(sql`${needsOffers.doc} -> 'issues' ? ${filter.issue}`);
    const rows = await db
      .select({ doc: needsOffers.doc })
      .from(needsOffers)
      .where(parts.length ? and(...parts) : undefined)
      .orderBy(asc(needsOffers.id));
    return rows.map((row) => row.doc as NeedOffer);
  },
});

export type NeedsOffersRepository = ReturnType<typeof createNeedsOffersRepository>;
