import { chmodSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Makes a data folder and everything in it readable and writable by its owner only (PGlite
 * creates its files world-readable, some world-writable). New files made while the process runs
 * sit inside a folder nobody else can enter, and are narrowed at the next open and at close.
 */
export const restrictToOwner = (dir: string): void => {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) restrictToOwner(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
};
