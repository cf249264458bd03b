import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";

const PAGE = 8192;
const HEADER = 24;
/** PostgreSQL's page layout version 4 with 8 kB pages, as stored in every page header. */
const PAGESIZE_VERSION = PAGE | 4;

/** Whether an 8 kB page has a sane header, as PostgreSQL checks before it trusts a page. */
const isSanePage = (page: Buffer): boolean => {
  if (page.every((byte) => byte === 0)) return true; // a new, empty page
  const lower = page.readUInt16LE(12);
  const upper = page.readUInt16LE(14);
  const special = page.readUInt16LE(16);
  const sizeVersion = page.readUInt16LE(18);
  return (
    sizeVersion === PAGESIZE_VERSION &&
    lower >= HEADER &&
    lower <= upper &&
    upper <= special &&
    special <= PAGE &&
    special % 8 === 0
  );
};

/**
 * Reads every page of every table and index file of the folder's databases and returns the
 * first one whose header is not a PostgreSQL page (overwritten, scrambled). Pure file reading:
 * a few milliseconds per megabyte, no extension needed.
 */
export const findBadPage = (dir: string): string | undefined => {
  const page = Buffer.alloc(PAGE);
  for (const database of readdirSync(join(dir, "base"))) {
    for (const name of readdirSync(join(dir, "base", database))) {
      if (!/^\d+(_fsm|_vm|_init)?(\.\d+)?$/.test(name)) continue;
      const fd = openSync(join(dir, "base", database, name), "r");
      try {
        for (let block = 0; readSync(fd, page, 0, PAGE, block * PAGE) === PAGE; block++) {
          if (!isSanePage(page)) return `invalid page in block ${block} of base/${database}/${name}`;
        }
      } finally {
        closeSync(fd);
      }
    }
  }
  return undefined;
};
