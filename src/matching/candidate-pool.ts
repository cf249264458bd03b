import type { Catalog } from "../catalog/catalog.ts";
import type { Locality, Tier } from "../domain/locality.ts";
import { candidatesFor } from "./engine.ts";
import { type Profile, profileOf } from "./profile.ts";
import { isUndescribed, shortlistUndescribed, UNDESCRIBED_SHORTLIST } from "./thin-profiles.ts";

/**
 * The candidates of one country (within tiers), split once per catalog into the described and the
 * undescribed. Splitting per query cost more than ranking the pool it yields: every locality of
 * the catalog filtered and 1,800 profiles looked up, for every asker.
 */
type Candidates = { described: readonly Profile[]; undescribed: readonly Profile[] };

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
    const all = candidatesFor(catalog, from, tiers).map((candidate) => profileOf(catalog, candidate));
    found = { described: all.filter((profile) => !isUndescribed(profile)), undescribed: all.filter(isUndescribed) };
    if (byKey.size < MAX_KEYS) byKey.set(key, found);
  }
  return found;
};

/**
 * What partnersFor ranks for an asker: the described candidates from the other country (within
 * tiers), then the undescribed shortlist (thin-profiles.ts).
 */
export const candidatePool = (
  catalog: Catalog,
  asker: Profile,
  tiers?: readonly Tier[],
  size = UNDESCRIBED_SHORTLIST,
): Profile[] => {
  const { described, undescribed } = candidatesOf(catalog, asker.locality, tiers);
  return [...described, ...shortlistUndescribed(asker, undescribed, size)];
};
