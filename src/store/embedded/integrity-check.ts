import { existsSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { findBadPage } from "./page-check.ts";

/**
 * Finds damage inside an opened folder before anything trusts it: a table or index whose file
 * is gone, a page that is not a PostgreSQL page (checked after recovery, so a page torn by a
 * crash and repaired from the WAL is not mistaken for damage), a table that cannot be read.
 * Returns the first problem found.
 */
export const findDamage = async (client: PGlite, dir: string): Promise<string | undefined> => {
  try {
    const relations = await client.query<{ path: string; name: string; kind: string }>(
      `select pg_relation_filepath(c.oid) as path, format('%I.%I', n.nspname, c.relname) as name, c.relkind as kind
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'i') and c.relpersistence = 'p'`,
    );
    for (const { path, name } of relations.rows) {
      if (!existsSync(join(dir, path))) return `could not open file "${path}" (${name}): it is missing`;
    }
    const badPage = findBadPage(dir);
    if (badPage) return badPage;
    for (const { name, kind } of relations.rows) if (kind === "r") await client.query(`select count(*) from ${name}`);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};
