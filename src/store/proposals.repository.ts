import { and, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Proposal } from "../domain/proposals/workflow.ts";
import type { Db } from "./database.ts";
import { proposals } from "./schema.ts";

export type ProposalFilter = {
  steps?: readonly string[] | undefined;
  /** Only what this person may see: proposals naming one of their localities, or written by them. */
  visibleTo?: { parties: readonly string[]; userId: string } | undefined;
  /** Only proposals naming this locality as a party or the proposing body. */
  party?: string | undefined;
};

const row = (proposal: Proposal) => ({
  id: proposal.id,
  thaiParty: proposal.content.thaiParty,
  japaneseParty: proposal.content.japaneseParty,
  proposingBody: proposal.content.proposingBody ?? null,
  step: proposal.state.step,
  stepSince: new Date(proposal.stepSince),
  createdBy: proposal.createdBy,
  createdAt: new Date(proposal.createdAt),
  updatedAt: new Date(proposal.updatedAt),
  doc: proposal,
});

export const createProposalsRepository = (db: Db) => ({
  async insert(proposal: Proposal): Promise<void> {
    await db.insert(proposals).values(row(proposal));
  },

  async save(proposal: Proposal): Promise<void> {
    const { id: _id, ...changes } = row(proposal);
    await db.update(proposals).set(changes).where(eq(proposals.id, proposal.id));
  },

  async get(id: string, options: { forUpdate?: boolean } = {}): Promise<Proposal | undefined> {
    const query = db.select({ doc: proposals.doc }).from(proposals).where(eq(proposals.id, id));
    const [found] = options.forUpdate ? await query.for("update") : await query;
    return found?.doc as Proposal | undefined;
  },

  async list(filter: ProposalFilter = {}): Promise<Proposal[]> {
    const parts: SQL[] = [];
    if (filter.steps?.length) parts.push(inArray(proposals.step, [...filter.steps]));
    if (filter.visibleTo) {
      const { parties, userId } = filter.visibleTo;
      const named = parties.length
        ? [
            inArray(proposals.thaiParty, [...parties]),
            inArray(proposals.japaneseParty, [...parties]),
            inArray(proposals.proposingBody, [...parties]),
          ]
        : [];
      const visible = or(eq(proposals.createdBy, userId), ...named);
      if (visible) parts.push(visible);
    }
    if (filter.party) {
      const named = or(
        eq(proposals.thaiParty, filter.party),
        eq(proposals.japaneseParty, filter.party),
        eq(proposals.proposingBody, filter.party),
      );
      if (named) parts.push(named);
    }
    const rows = await db
      .select({ doc: proposals.doc })
      .from(proposals)
      .where(parts.length ? and(...parts) : undefined)
      .orderBy(desc(proposals.updatedAt), desc(proposals.id));
    return rows.map((found) => found.doc as Proposal);
  },
});

export type ProposalsRepository = ReturnType<typeof createProposalsRepository>;
