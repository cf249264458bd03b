import { asc } from "drizzle-orm";
import type { Designation, Issue } from "../domain/issue.ts";
import type { Dataset } from "../domain/source.ts";
import type { Db } from "./database.ts";
import { datasets, designations, issues } from "./schema.ts";

/** The vocabularies facts are tagged with: issues, designations and the datasets cited. */
export const createTaxonomyRepository = (db: Db) => ({
  async issues(): Promise<Issue[]> {
    const rows = await db.select({ doc: issues.doc }).from(issues).orderBy(asc(issues.id));
    return rows.map((row) => row.doc as Issue);
  },
  async designations(): Promise<Designation[]> {
    const rows = await db.select({ doc: designations.doc }).from(designations).orderBy(asc(designations.id));
    return rows.map((row) => row.doc as Designation);
  },
  async datasets(): Promise<Dataset[]> {
    const rows = await db.select({ doc: datasets.doc }).from(datasets).orderBy(asc(datasets.id));
    return rows.map((row) => row.doc as Dataset);
  },
});

export type TaxonomyRepository = ReturnType<typeof createTaxonomyRepository>;
