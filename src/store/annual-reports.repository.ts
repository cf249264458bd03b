import { and, desc, eq, type SQL } from "drizzle-orm";
import type { ReportFigures, ReportNarrative, ReportState } from "../domain/annual-report.ts";
import type { Db } from "./database.ts";
import { annualReports } from "./schema.ts";

type Row = typeof annualReports.$inferSelect;
export type AnnualReport = Omit<Row, "state" | "figures" | "narrative"> & {
  state: ReportState;
  figures: ReportFigures;
  narrative: ReportNarrative;
};

export const createAnnualReportsRepository = (db: Db) => ({
  async insert(report: AnnualReport): Promise<void> {
    await db.insert(annualReports).values(report);
  },

  async save(report: AnnualReport): Promise<void> {
    const { id, ...changes } = report;
    await db.update(annualReports).set(changes).where(eq(annualReports.id, id));
  },

  async get(id: string, options: { forUpdate?: boolean } = {}): Promise<AnnualReport | undefined> {
    const query = db.select().from(annualReports).where(eq(annualReports.id, id));
    const [row] = options.forUpdate ? await query.for("update") : await query;
    return row as AnnualReport | undefined;
  },

  async find(localityId: string, year: number): Promise<AnnualReport | undefined> {
    const [row] = await db
      .select()
      .from(annualReports)
      .where(and(eq(annualReports.localityId, localityId), eq(annualReports.year, year)));
    return row as AnnualReport | undefined;
  },

  async list(filter: { localityId?: string | undefined; year?: number | undefined; state?: ReportState | undefined }) {
    const parts: SQL[] = [];
    if (filter.localityId) parts.push(eq(annualReports.localityId, filter.localityId));
    if (filter.year !== undefined) parts.push(eq(annualReports.year, filter.year));
    if (filter.state) parts.push(eq(annualReports.state, filter.state));
    const rows = await db
      .select()
      .from(annualReports)
      .where(parts.length ? and(...parts) : undefined)
      .orderBy(desc(annualReports.year), annualReports.localityId)
      .limit(1000);
    return rows as AnnualReport[];
  },
});

export type AnnualReportsRepository = ReturnType<typeof createAnnualReportsRepository>;
