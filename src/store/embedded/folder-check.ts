import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DatabaseDamaged } from "./database-damaged.ts";

const PAGE = 8192;
const REQUIRED = ["PG_VERSION", "global/pg_control", "base", "pg_wal"] as const;

/** Files in a database's folder that are not relation pages. */
const isRelationFile = (name: string): boolean => /^\d+(_fsm|_vm|_init)?(\.\d+)?$/.test(name);

/**
 * Says whether a folder may be opened: missing or empty (a new database is made), or a database
 * whose structure is whole. A file at the path, a folder of other files, a missing control file
 * or WAL, and a relation file cut short (not whole 8 kB pages, which PostgreSQL would read as
 * fewer rows without a word) are refused with the cause.
 */
export const checkFolder = (dir: string): "new" | "existing" => {
  if (!existsSync(dir)) return "new";
  if (!lstatSync(dir).isDirectory()) throw new DatabaseDamaged(dir, "the path is a file, not a database folder");
  const entries = readdirSync(dir);
  if (entries.length === 0) return "new";
  if (!entries.includes("PG_VERSION")) {
    throw new DatabaseDamaged(dir, "the folder is not empty and holds no database (PG_VERSION is missing)");
  }
  for (const required of REQUIRED) {
    if (!existsSync(join(dir, required))) throw new DatabaseDamaged(dir, `${required} is missing`);
  }
  const control = statSync(join(dir, "global", "pg_control")).size;
  if (control !== PAGE) throw new DatabaseDamaged(dir, `global/pg_control has ${control} bytes, not ${PAGE}`);
  const segments = readdirSync(join(dir, "pg_wal")).filter((name) => /^[0-9A-F]{24}$/.test(name));
  if (segments.length === 0) throw new DatabaseDamaged(dir, "the write-ahead log (pg_wal) is missing");
  // Segments are all one size, a power of two of at least 1 MB (PGlite uses 16 MB).
  const sizes = new Set(segments.map((name) => statSync(join(dir, "pg_wal", name)).size));
  const [size = 0] = sizes;
  if (sizes.size > 1 || size < 1 << 20 || (size & (size - 1)) !== 0) {
    throw new DatabaseDamaged(dir, "a write-ahead log segment in pg_wal is cut short");
  }
  for (const database of readdirSync(join(dir, "base"))) {
    const folder = join(dir, "base", database);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).filter(isRelationFile)) {
      const size = statSync(join(folder, name)).size;
      if (size % PAGE !== 0) {
        throw new DatabaseDamaged(dir, `base/${database}/${name} is cut short (${size} bytes is not whole 8 kB pages)`);
      }
    }
  }
  return "existing";
};
