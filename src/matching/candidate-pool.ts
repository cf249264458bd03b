import type { Catalog } from "../catalog/catalog.ts";
import type { Locality, Tier } from "../domain/locality.ts";
import { tierLevel } from "../domain/rules/tier-rank.ts";
import { candidatesFor } from "./engine.ts";
import { type Profile, profileOf } from "./profile.ts";
import { isUndescribed, UNDESCRIBED_SHORTLIST } from "./thin-profiles.ts";

/**
 * The candidates of one country (within tiers), split once per catalog into the described and
 * the undescribed, with what the shortlist compares (tier level, log of population, id order)
 * as numbers. Building this per query cost twice as much as ranking the pool it yields: every
 * locality of the catalog filtered, 1,800 profiles looked up and 1,700 undescribed weighed.
 */
type Candidates = {
  described: readonly Profile[];
  undescribed: readonly Profile[];
  level: Float64Array;
  /** log10 of the population, NaN when unknown (or 0, which thin-profiles.ts reads as unknown). */
  log: Float64Array;
  /** Position in `localeCompare` order of ids (equal ids share one). */
  idRank: Float64Array;
};

const split = (catalog: Catalog, from: Locality, tiers: readonly Tier[] | undefined): Candidates => {
  const all = candidatesFor(catalog, from, tiers).map((candidate) => profileOf(catalog, candidate));
  const undescribed = all.filter(isUndescribed);
  const byId = [...undescribed.keys()].sort((x, y) =>
    (undescribed[x]?.locality.id ?? "").localeCompare(undescribed[y]?.locality.id ?? ""),
  );
  const idRank = new Float64Array(undescribed.length);
  for (const [rank, index] of byId.entries()) {
    const previous = byId[rank - 1];
    const same =
      previous !== undefined &&
      (undescribed[previous]?.locality.id ?? "").localeCompare(undescribed[index]?.locality.id ?? "") === 0;
    idRank[index] = same ? (idRank[previous] ?? rank) : rank;
  }
  return {
    described: all.filter((profile) => !isUndescribed(profile)),
    undescribed,
    level: Float64Array.from(undescribed, (profile) => tierLevel(profile.locality.tier)),
    log: Float64Array.from(undescribed, (profile) => {
      const value = profile.locality.population?.value;
      return value ? Math.log10(value) : Number.NaN;
    }),
    idRank,
  };
};

// Keyed on the catalog (an edit builds a new one, catalog.service.ts), then on country and tiers.
const cache = new WeakMap<Catalog, Map<string, Candidates>>();
/**
 * The API and CLI ask for one tier or tier group at a time, some forty keys per catalog; a caller
 * passing ever new tier lists gets its pools made afresh past this, not an ever-growing cache.
 */
const MAX_KEYS = 64;

const candidatesOf = (catalog: Catalog, from: Locality, tiers: readonly Tier[] | undefined): Candidates => {
  let byKey = cache.get(catalog);
  if (!byKey) {
    byKey = new Map();
    cache.set(catalog, byKey);
  }
  const key = `${from.country}|${tiers ? tiers.join(",") : "*"}`;
  let found = byKey.get(key);
  if (!found) {
    found = split(catalog, from, tiers);
    if (byKey.size < MAX_KEYS) byKey.set(key, found);
  }
  return found;
};

/**
 * thin-profiles.ts `shortlistUndescribed(asker, candidates)` on the numbers above: the same
 * order (rank gap, then distance in orders of magnitude, then id, then candidate order), kept in
 * a small sorted buffer, so only candidates that beat the last kept one cost more than a compare.
 */
const shortlist = (asker: Profile, c: Candidates, size: number): Profile[] => {
  if (size <= 0) return [];
  const population = asker.locality.population?.value;
  const mine = population ? Math.log10(population) : Number.NaN;
  const askerLevel = tierLevel(asker.locality.tier);
  const gaps: number[] = [];
  const distances: number[] = [];
  const kept: number[] = [];
  const before = (gap: number, distance: number, index: number, other: number): boolean => {
    const otherGap = gaps[other] ?? 0;
    const otherDistance = distances[other] ?? 0;
    if (gap !== otherGap) return gap < otherGap;
    if (distance !== otherDistance) return distance < otherDistance;
    const rank = c.idRank[index] ?? 0;
    const otherRank = c.idRank[other] ?? 0;
    return rank !== otherRank ? rank < otherRank : index < other;
  };
  for (let index = 0; index < c.undescribed.length; index++) {
    const gap = Math.abs(askerLevel - (c.level[index] ?? 0));
    const theirs = c.log[index] ?? Number.NaN;
    // Unknown on either side (NaN) is infinitely far, as in thin-profiles.ts.
    const distance = Number.isNaN(mine) || Number.isNaN(theirs) ? Number.POSITIVE_INFINITY : Math.abs(mine - theirs);
    const last = kept[kept.length - 1];
    if (kept.length >= size && last !== undefined && !before(gap, distance, index, last)) continue;
    gaps[index] = gap;
    distances[index] = distance;
    let at = kept.length;
    kept.push(index);
    for (let previous = kept[at - 1]; previous !== undefined && before(gap, distance, index, previous); ) {
      kept[at] = previous;
      at--;
      previous = kept[at - 1];
    }
    kept[at] = index;
    if (kept.length > size) kept.pop();
  }
  return kept.map((index) => c.undescribed[index] as Profile);
};

/**
 * What partnersFor ranks for an asker: the described candidates from the other country (within
 * tiers), then the undescribed shortlist (thin-profiles.ts), as
 * `[...described, ...shortlistUndescribed(asker, candidates)]` gives them.
 */
export const candidatePool = (
  catalog: Catalog,
  asker: Profile,
  tiers?: readonly Tier[],
  size = UNDESCRIBED_SHORTLIST,
): Profile[] => {
  const c = candidatesOf(catalog, asker.locality, tiers);
  return [...c.described, ...shortlist(asker, c, size)];
};
