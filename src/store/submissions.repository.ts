import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Submission, SubmissionStatus } from "../domain/review.ts";
import type { Db } from "./database.ts";
import { submissions } from "./schema.ts";

export type SubmissionFilter = {
  status?: readonly SubmissionStatus[] | undefined;
  kind?: string | undefined;
  submittedBy?: string | undefined;
  recordId?: string | undefined;
  /** Submissions naming any of these parties. */
  parties?: readonly string[] | undefined;
  limit?: number | undefined;
};

const row = (submission: Submission, now: Date) => ({
  id: submission.id,
  kind: submission.kind,
  status: submission.status,
  recordKind: submission.record.kind,
  recordId: submission.record.id,
  parties: submission.parties,
  submittedBy: submission.submittedBy,
  submittedAt: new Date(submission.submittedAt),
  updatedAt: now,
  doc: submission,
});

export const createSubmissionsRepository = (db: Db) => ({
  async insert(submission: Submission, now: Date): Promise<void> {
    await db.insert(submissions).values(row(submission, now));
  },

  async save(submission: Submission, now: Date): Promise<void> {
    const { id: _id, ...changes } = row(submission, now);
    await db.update(submissions).set(changes).where(eq(submissions.id, submission.id));
  },

  async get(id: string, options: { forUpdate?: boolean } = {}): Promise<Submission | undefined> {
    const query = db.select({ doc: submissions.doc }).from(submissions).where(eq(submissions.id, id));
    const [found] = options.forUpdate ? await query.for("update") : await query;
    return found?.doc as Submission | undefined;
  },

  async list(filter: SubmissionFilter = {}): Promise<Submission[]> {
    const parts: SQL[] = [];
    if (filter.status?.length) parts.push(inArray(submissions.status, [...filter.status]));
    if (filter.kind) parts.push(eq(submissions.kind, filter.kind));
    if (filter.submittedBy) parts.push(eq(submissions.submittedBy, filter.submittedBy));
    if (filter.recordId) parts.push(eq(submissions.recordId, filter.recordId));
    if (filter.parties) {
      if (filter.parties.length === 0) return [];
      const named = or(...filter.parties.map((party) => sql`${submissions.parties} ? ${party}`));
      if (named) parts.push(named);
    }
    const rows = await db
      .select({ doc: submissions.doc })
      .from(submissions)
      .where(parts.length ? and(...parts) : undefined)
      .orderBy(desc(submissions.submittedAt), desc(submissions.id))
      .limit(filter.limit ?? 500);
    return rows.map((found) => found.doc as Submission);
  },
});

export type SubmissionsRepository = ReturnType<typeof createSubmissionsRepository>;
