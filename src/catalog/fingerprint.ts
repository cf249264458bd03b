import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? filesUnder(path) : /\.(ya?ml|json)$/.test(name) ? [path] : [];
        })
    : [];

/**
 * A hash of every data file's path and content (and of anything else the load depends on): equal
 * fingerprints mean the load would give the same records, so a start can skip it.
 */
export const dataFingerprint = (dataDir: string, extra = ""): string => {
  const hash = createHash("sha256").update(extra);
  for (const path of filesUnder(dataDir)) hash.update(`\0${relative(dataDir, path)}\0`).update(readFileSync(path));
  return hash.digest("hex").slice(0, 32);
};
