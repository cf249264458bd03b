import type { CompiledProfile } from "./compile.ts";
import type { Query } from "./query.ts";

/**
 * What one asker is to every profile, marked in catalog-wide arrays before its candidates are
 * scored and cleared after, so a pair reads a byte or a number where it would look in sets and
 * maps keyed by id strings (the marks touch only the asker's own few entries):
 * - links: bit 1 if the asker's facts name the profile, bit 2 if the profile's facts name the
 *   asker (historyCulture);
 * - reach: the highest status of a relation the asker and the profile are parties to (`reach`);
 * - kin: 1 for the asker itself, 2 for the other members of its family (ties-access.ts `familyOf`).
 */
export const markAsker = (q: Query, asker: number, a: CompiledProfile): void => {
  const { links, reach, kin } = q;
  const { names, namedBy } = a;
  for (let index = 0; index < names.length; index++) links[names[index] ?? 0] = 1;
  for (let index = 0; index < namedBy.length; index++) {
    const writer = namedBy[index] ?? 0;
    links[writer] = (links[writer] ?? 0) | 2;
  }
  for (let index = 0; index < a.reachTo.length; index++) reach[a.reachTo[index] ?? 0] = a.reachStrength[index] ?? 0;
  for (const member of a.kin) kin[member] = 2;
  kin[asker] = 1;
};

export const unmarkAsker = (q: Query, asker: number, a: CompiledProfile): void => {
  const { links, reach, kin } = q;
  const { names, namedBy } = a;
  for (let index = 0; index < names.length; index++) links[names[index] ?? 0] = 0;
  for (let index = 0; index < namedBy.length; index++) links[namedBy[index] ?? 0] = 0;
  for (const party of a.reachTo) reach[party] = 0;
  for (const member of a.kin) kin[member] = 0;
  kin[asker] = 0;
};
