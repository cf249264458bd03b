import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../src/config.ts";

/**
 * A small real dataset: the project's taxonomy, designations and datasets, plus a few localities
 * and relations from the report (tests/fixtures/data). Copied so a test may break it freely.
 * `realLocalities` adds those localities' files from the reference data (data/localities), for a
 * test that needs a kind of fact the fixtures do not hold; their parents must come too.
 */
export const makeFixtureDataDir = (realLocalities: readonly string[] = []): string => {
  const dir = mkdtempSync(join(tmpdir(), "jubkoo-data-"));
  for (const folder of ["issues", "designations", "sources"]) {
    cpSync(join(ROOT, "data", folder), join(dir, folder), { recursive: true });
  }
  cpSync(join(ROOT, "tests", "fixtures", "data"), dir, { recursive: true });
  for (const id of realLocalities) {
    const file = join("localities", id.startsWith("TH") ? "th" : "jp", `${id}.yaml`);
    cpSync(join(ROOT, "data", file), join(dir, file));
  }
  return dir;
};
