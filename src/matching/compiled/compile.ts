import type { Catalog } from "../../catalog/catalog.ts";
import type { Locality } from "../../domain/locality.ts";
import { mentionIndex } from "../criteria/mention-index.ts";
import { type Profile, profileOf } from "../profile.ts";
import { type CompiledProfile, compileProfile } from "./compile-profile.ts";
import { buildIssueTables, type IssueTables } from "./issue-tables.ts";

// The profile's compact form is compile-profile.ts's; most modules know it from here.
export type { CompiledProfile } from "./compile-profile.ts";

export type CompiledCatalog = {
  tables: IssueTables;
  profiles: readonly CompiledProfile[];
  byId: ReadonlyMap<string, number>;
  /**
   * The same, by the catalog's own profile objects (profileOf caches them): a lookup by object
   * identity skips hashing an id string, once per candidate of every ranking.
   */
  byProfile: ReadonlyMap<Profile, number>;
  /** How many distinct geography signatures the profiles have (`geoSignature` is below it). */
  geoSignatures: number;
  /** Milliseconds the compilation took, profiles and mention index already built (benchmarks print it). */
  buildMs: number;
};

const tagsIn = (profiles: readonly Profile[]): Set<string> => {
  const tags = new Set<string>();
  for (const profile of profiles)
    for (const evidence of profile.facts) for (const tag of evidence.issues) tags.add(tag);
  return tags;
};

export const compileCatalog = (catalog: Catalog): CompiledCatalog => {
  const localities: readonly Locality[] = catalog.data.localities;
  const plain = localities.map((locality) => profileOf(catalog, locality));
  const mentions = mentionIndex(catalog);
  // Profiles and the mention index are the reference's own caches; the time is the compilation's.
  const start = performance.now();
  const tables = buildIssueTables(catalog, tagsIn(plain));
  const interner = () => {
    const keys = new Map<string, number>();
    const of = (key: string) => {
      let id = keys.get(key);
      if (id === undefined) {
        id = keys.size;
        keys.set(key, id);
      }
      return id;
    };
    return { of, count: () => keys.size };
  };
  const factKeys = interner();
  const geoSignatures = interner();
  const profiles = plain.map((profile) => compileProfile(catalog, tables, profile, factKeys.of, geoSignatures.of));
  const byId = new Map(profiles.map((compiled, index) => [compiled.id, index]));
  const byProfile = new Map(profiles.map((compiled, index) => [compiled.profile, index]));
  for (const compiled of profiles) {
    const parties = [...compiled.reach].filter(([party]) => byId.has(party));
    compiled.reachTo = Int32Array.from(parties, ([party]) => byId.get(party) ?? -1);
    compiled.reachStrength = Float64Array.from(parties, ([, strength]) => strength);
    const kin = [...compiled.family].filter((member) => member !== compiled.id);
    compiled.kin = Int32Array.from(
      kin.filter((member) => byId.has(member)),
      (member) => byId.get(member) ?? -1,
    );
    compiled.kinOutside = compiled.kin.length < kin.length;
  }
  const byRank = [...profiles.keys()].sort((x, y) => (profiles[x]?.id ?? "").localeCompare(profiles[y]?.id ?? ""));
  let previous: CompiledProfile | undefined;
  for (const [rank, index] of byRank.entries()) {
    const compiled = profiles[index];
    if (!compiled) continue;
    compiled.idRank = previous && previous.id.localeCompare(compiled.id) === 0 ? previous.idRank : rank;
    previous = compiled;
  }
  // Gathered as sets (a writer names a locality once however many facts do), kept as arrays:
  // markAsker walks them once per asker, and an Int32Array is walked without an iterator.
  const names = profiles.map(() => new Set<number>());
  const namedBy = profiles.map(() => new Set<number>());
  for (const [named, byWriter] of mentions) {
    const namedIndex = byId.get(named);
    const target = namedIndex === undefined ? undefined : profiles[namedIndex];
    if (!target || namedIndex === undefined) continue;
    target.distinctiveness = 1 / (1 + Math.log(Math.max(1, byWriter.size)));
    for (const writer of byWriter.keys()) {
      const writerIndex = byId.get(writer);
      if (writerIndex === undefined) continue;
      names[writerIndex]?.add(namedIndex);
      namedBy[namedIndex]?.add(writerIndex);
    }
  }
  for (const [index, compiled] of profiles.entries()) {
    compiled.names = Int32Array.from(names[index] ?? []);
    compiled.namedBy = Int32Array.from(namedBy[index] ?? []);
  }
  return {
    tables,
    profiles,
    byId,
    byProfile,
    geoSignatures: geoSignatures.count(),
    buildMs: performance.now() - start,
  };
};

const cache = new WeakMap<Catalog, CompiledCatalog>();

/** Compiled once per catalog, on first use, like profiles: a catalog never changes. */
export const compiledOf = (catalog: Catalog): CompiledCatalog => {
  let compiled = cache.get(catalog);
  if (!compiled) {
    compiled = compileCatalog(catalog);
    cache.set(catalog, compiled);
  }
  return compiled;
};
