import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/config.ts";

type Manifest = { name?: string; version?: string; engines?: { node?: string } };

const readManifest = (dir: string): Manifest | undefined => {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
};

/** Every installed package, nested node_modules included (npm places conflicting versions there). */
const installedPackages = (modules: string): Array<{ dir: string; manifest: Manifest }> => {
  if (!existsSync(modules)) return [];
  const found: Array<{ dir: string; manifest: Manifest }> = [];
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dir = join(modules, entry.name);
    if (entry.name.startsWith("@")) {
      found.push(...installedPackages(dir));
      continue;
    }
    const manifest = readManifest(dir);
    if (manifest) found.push({ dir, manifest });
    found.push(...installedPackages(join(dir, "node_modules")));
  }
  return found;
};

describe("the Node versions the project supports", () => {
  const ours = readManifest(ROOT)?.engines?.node ?? "";

  it("states a real range, and this Node is inside it", () => {
    expect(semver.validRange(ours)).not.toBeNull();
    expect(semver.satisfies(process.version, ours)).toBe(true);
  });

  it("is supported by every installed package (a package needing a newer Node is pinned or the range raised)", () => {
    const packages = installedPackages(join(ROOT, "node_modules"));
    expect(packages.length).toBeGreaterThan(100);
    const narrower = packages
      .filter(({ manifest }) => {
        const theirs = manifest.engines?.node;
        return typeof theirs === "string" && semver.validRange(theirs) !== null && !semver.subset(ours, theirs);
      })
      .map(({ manifest }) => `${manifest.name}@${manifest.version} needs node ${manifest.engines?.node}`);
    expect(narrower).toEqual([]);
  });
});
