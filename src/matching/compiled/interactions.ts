import type { Bitset } from "./bitset.ts";

/**
 * Which criteria of a pair can have a finding at all, from two rows of bitsets per profile
 * (bitset.ts): its own tags per criterion (tag-sets.ts) and the tags it can meet as the other
 * side (meets.ts). A criterion whose bit is clear has no finding and is 0, so the scorer does not
 * call it: most pairs share nothing on most criteria, and a call that walks a side's tags to find
 * nothing cost more than the whole check below.
 *
 * Both rows are SETS bitsets of the same number of words, one after the other, in this order:
 * - own: wishes, problems among the needs, problems, sectors, agenda, designations, and
 *   designations on fit issues (Thai profiles only);
 * - reach: tags where it meets a wish (offers or ties), a problem (strengths or ties), a problem
 *   (problems), a sector (industries), a goal (agenda), a designation (designations), and a Thai
 *   designation on a fit issue (offers).
 */
export const SETS = 7;

/** Issue fit, a's needs met by b (FORWARD) and b's needs met by a (BACKWARD). */
export const FORWARD = 1;
export const BACKWARD = 2;
export const PROBLEMS = 4;
export const INDUSTRY = 8;
export const AGENDA = 16;
/** National policy, either side's designations. */
export const POLICY = 32;

/** One row from SETS bitsets of equal size. */
export const rowOf = (sets: readonly Bitset[]): Uint32Array => {
  const words = sets[0]?.length ?? 0;
  const row = new Uint32Array(SETS * words);
  for (const [index, set] of sets.entries()) row.set(set, index * words);
  return row;
};

/** The criteria asker a (own and reach rows) and candidate b may have findings on, as bits above. */
export const interactions = (
  aOwn: Uint32Array,
  aReach: Uint32Array,
  bOwn: Uint32Array,
  bReach: Uint32Array,
): number => {
  const words = aOwn.length / SETS;
  let forward = 0;
  let backward = 0;
  let problems = 0;
  let industry = 0;
  let agenda = 0;
  let policy = 0;
  for (let w = 0; w < words; w++) {
    forward |= ((aOwn[w] ?? 0) & (bReach[w] ?? 0)) | ((aOwn[words + w] ?? 0) & (bReach[words + w] ?? 0));
    backward |= ((bOwn[w] ?? 0) & (aReach[w] ?? 0)) | ((bOwn[words + w] ?? 0) & (aReach[words + w] ?? 0));
    problems |= (aOwn[2 * words + w] ?? 0) & (bReach[2 * words + w] ?? 0);
    industry |= (aOwn[3 * words + w] ?? 0) & (bReach[3 * words + w] ?? 0);
    agenda |= (aOwn[4 * words + w] ?? 0) & (bReach[4 * words + w] ?? 0);
    policy |=
      ((aOwn[5 * words + w] ?? 0) & (bReach[5 * words + w] ?? 0)) |
      ((aOwn[6 * words + w] ?? 0) & (bReach[6 * words + w] ?? 0)) |
      ((bOwn[5 * words + w] ?? 0) & (aReach[5 * words + w] ?? 0)) |
      ((bOwn[6 * words + w] ?? 0) & (aReach[6 * words + w] ?? 0));
  }
  return (
    (forward !== 0 ? FORWARD : 0) |
    (backward !== 0 ? BACKWARD : 0) |
    (problems !== 0 ? PROBLEMS : 0) |
    (industry !== 0 ? INDUSTRY : 0) |
    (agenda !== 0 ? AGENDA : 0) |
    (policy !== 0 ? POLICY : 0)
  );
};
