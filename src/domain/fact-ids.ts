/**
 * Facts users enter get a random id when written. Facts of the reference data have none in the
 * files, so they are addressed by a hash of their section and content: stable while the fact is
 * unchanged, and a request naming a fact that changed meanwhile finds nothing (a conflict, not a
 * wrong edit).
 */
export const PROFILE_SECTIONS = ["strengths", "challenges", "industries"] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/** cyrb53: a fast, well-mixed 53-bit string hash. An address, not a security measure. */
const hash53 = (text: string): number => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
};

export const factIdOf = (section: ProfileSection, fact: { id?: string | undefined }): string =>
  fact.id ??
  `f-r${hash53(`${section}\n${JSON.stringify(fact)}`)
    .toString(36)
    .padStart(11, "0")}`;

/** A new id for a fact a user enters, from random bytes the caller supplies. */
export const newFactId = (random: string): string =>
  `f-${random
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 24)}`;
