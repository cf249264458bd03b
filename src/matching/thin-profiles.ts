import { rankGap } from "../domain/rules/tier-rank.ts";
import type { Profile } from "./profile.ts";

/** How many undescribed localities an answer shows beside its ranked results. */
export const ALSO_CONSIDER_MAX = 5;

/**
 * Nobody has described it: the official lists give its name, size and office, but no strength,
 * need, industry, geography, heritage, designation or relation is on record. Such a locality scores
 * only on size and rank, so it cannot be weighed against one whose profile says what it offers.
 */
export const isUndescribed = (profile: Profile): boolean => profile.factCount === 0 && profile.relations.length === 0;

/**
 * The step after ranking: undescribed candidates leave the ranked list (so none outranks a
 * described one) and the best few go to a separate "also consider (little is known)" list.
 */
export const setAsideUndescribed = <T>(
  ranked: Iterable<T>,
  profiles: (item: T) => readonly Profile[],
  limit: number,
  max = ALSO_CONSIDER_MAX,
): { results: T[]; alsoConsider: T[] } => {
  const results: T[] = [];
  const alsoConsider: T[] = [];
  for (const item of ranked) {
    if (profiles(item).some(isUndescribed)) {
      if (alsoConsider.length < Math.min(max, limit)) alsoConsider.push(item);
    } else if (results.length < limit) results.push(item);
    if (results.length >= limit && alsoConsider.length >= Math.min(max, limit)) break;
  }
  return { results, alsoConsider };
};

/** How many undescribed candidates are scored at all: the ones nearest the asker in rank and size. */
export const UNDESCRIBED_SHORTLIST = 40;

/**
 * Undescribed candidates score on rank and size alone, so only those nearest the asker in rank,
 * then in population (by order of magnitude), can reach the "also consider" list; scoring the
 * other 1,700 would only cost time. Unknown populations come last.
 */
export const shortlistUndescribed = (
  asker: Profile,
  candidates: readonly Profile[],
  size = UNDESCRIBED_SHORTLIST,
): Profile[] => {
  const population = asker.locality.population?.value;
  const distance = (profile: Profile) => {
    const value = profile.locality.population?.value;
    return population && value ? Math.abs(Math.log10(population) - Math.log10(value)) : Number.POSITIVE_INFINITY;
  };
  type Entry = { profile: Profile; gap: number; distance: number };
  const before = (x: Entry, y: Entry) =>
    x.gap - y.gap || x.distance - y.distance || x.profile.locality.id.localeCompare(y.profile.locality.id);
  // The first `size` in that order, kept sorted as they come: sorting all 1,700 undescribed
  // candidates on every query cost more than scoring the described ones.
  if (size <= 0) return [];
  const best: Entry[] = [];
  for (const profile of candidates) {
    if (!isUndescribed(profile)) continue;
    const entry = { profile, gap: rankGap(asker.locality.tier, profile.locality.tier), distance: distance(profile) };
    const last = best[best.length - 1];
    if (best.length >= size && last && before(entry, last) >= 0) continue;
    let at = best.length;
    best.push(entry);
    for (let previous = best[at - 1]; previous && before(entry, previous) < 0; previous = best[at - 1]) {
      best[at] = previous;
      at--;
    }
    best[at] = entry;
    if (best.length > size) best.pop();
  }
  return best.map((entry) => entry.profile);
};
