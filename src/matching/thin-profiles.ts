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
  ranked: readonly T[],
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
