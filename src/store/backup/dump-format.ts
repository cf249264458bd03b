import { z } from "zod";

/**
 * A Jubkoo backup: JSON lines. The first line describes the dump (schema version, tables, row
 * counts), then one line per row, then a closing line, so a copy cut short is never restored.
 * Rows are `to_jsonb(row)`, which PostgreSQL and PGlite both read back with
 * `jsonb_populate_recordset`: a dump restores on either engine.
 */
export const DUMP_FORMAT = "jubkoo-dump";

export const DumpHeader = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  engine: z.enum(["pglite", "postgres"]),
  /** Hashes of the migrations applied to the source, oldest first. */
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), rows: z.number().int().min(0) })),
});
export type DumpHeader = z.infer<typeof DumpHeader>;

export const DumpRow = z.object({ t: z.string(), r: z.record(z.string(), z.unknown()) });
export const DumpEnd = z.object({ end: z.literal(true), rows: z.number().int().min(0) });
