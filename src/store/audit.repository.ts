import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import type { Db } from "./database.ts";
import { auditLog } from "./schema.ts";

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditEntry = Omit<AuditRow, "id">;

/** Append and read. There is deliberately no update or delete: the trail is append-only. */
export const createAuditRepository = (db: Db) => ({
  async append(entry: NewAuditEntry): Promise<AuditRow> {
    const [row] = await db.insert(auditLog).values(entry).returning();
    if (!row) throw new Error("audit insert returned no row");
    return row;
  },

  async forRecord(recordId: string, options: { limit: number; before?: number | undefined }): Promise<AuditRow[]> {
    const parts: SQL[] = [eq(auditLog.recordId, recordId)];
    if (options.before !== undefined) parts.push(lt(auditLog.id, options.before));
    return db
      .select()
      .from(auditLog)
      .where(and(...parts))
      .orderBy(desc(auditLog.id))
      .limit(options.limit);
  },

  async byId(id: number): Promise<AuditRow | undefined> {
    const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
    return row;
  },

  async recent(options: { limit: number; before?: number | undefined; actorId?: string | undefined }) {
    const parts: SQL[] = [];
    if (options.before !== undefined) parts.push(lt(auditLog.id, options.before));
    if (options.actorId) parts.push(eq(auditLog.actorId, options.actorId));
    return db
      .select()
      .from(auditLog)
      .where(parts.length ? and(...parts) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(options.limit);
  },

  /** The latest changes to any of these records, newest first (a locality's history in brief). */
  async forRecords(recordIds: readonly string[], limit: number): Promise<AuditRow[]> {
    if (recordIds.length === 0) return [];
    return db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.recordId, [...recordIds]))
      .orderBy(desc(auditLog.id))
      .limit(limit);
  },
});

export type AuditRepository = ReturnType<typeof createAuditRepository>;
